// The three blocks in the editor: their options in the block sidebar and, in the post, the text
// the page shows without JavaScript, rendered by the plugin on the server. A block saves only its
// options (save returns null): the page writes the element's tag when it is served.
(function (wp, words) {
  'use strict';
  var el = wp.element.createElement;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;
  var TextControl = wp.components.TextControl;
  var ServerSideRender = wp.serverSideRender;

  var languages = [
    { label: words.lang_default, value: '' },
    { label: 'Español', value: 'es' },
    { label: 'English', value: 'en' },
    { label: 'Português', value: 'pt' },
  ];

  /** A select of the sidebar, for one attribute. */
  function choice(props, attribute, label, options) {
    return el(SelectControl, {
      key: attribute,
      label: label,
      value: props.attributes[attribute],
      options: options,
      onChange: function (value) {
        props.setAttributes({ [attribute]: value });
      },
    });
  }

  /** A yes/no of the sidebar, for one attribute. */
  function toggle(props, attribute, label) {
    return el(ToggleControl, {
      key: attribute,
      label: label,
      checked: props.attributes[attribute],
      onChange: function (value) {
        props.setAttributes({ [attribute]: value });
      },
    });
  }

  function exitUrl(props) {
    return el(TextControl, {
      key: 'exitUrl',
      label: words.exit_url,
      help: words.exit_url_help,
      type: 'url',
      value: props.attributes.exitUrl,
      onChange: function (value) {
        props.setAttributes({ exitUrl: value });
      },
    });
  }

  function block(name, title, controls) {
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(PanelBody, { title: title }, controls(props))),
          el(ServerSideRender, { block: name, attributes: props.attributes }),
        );
      },
      save: function () {
        return null;
      },
    });
  }

  block('ct-awareness/hotline-banner', words.block_banner, function (props) {
    return [
      choice(props, 'layout', words.layout, [
        { label: words.layout_inline, value: 'inline' },
        { label: words.layout_bar, value: 'bar' },
        { label: words.layout_compact, value: 'compact' },
      ]),
      toggle(props, 'quickExit', words.quick_exit),
      props.attributes.quickExit ? exitUrl(props) : null,
      choice(props, 'lang', words.lang_block, languages),
      el('p', { key: 'note' }, words.bar_note),
    ];
  });

  block('ct-awareness/risk-quiz', words.block_quiz, function (props) {
    return [exitUrl(props), choice(props, 'lang', words.lang_block, languages)];
  });

  block('ct-awareness/fact-sheet', words.block_facts, function (props) {
    var topics = words.topics.map(function (topic) {
      return { label: topic, value: topic };
    });
    return [
      choice(props, 'topic', words.topic, [{ label: words.topic_all, value: '' }].concat(topics)),
      choice(props, 'layout', words.layout, [
        { label: words.layout_cards, value: 'cards' },
        { label: words.layout_list, value: 'list' },
      ]),
      toggle(props, 'hideSources', words.hide_sources),
      choice(props, 'lang', words.lang_block, languages),
    ];
  });
})(window.wp, window.ctAwarenessEditor);
