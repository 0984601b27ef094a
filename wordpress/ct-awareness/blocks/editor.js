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

  function language(props) {
    return el(SelectControl, {
      label: words.lang_block,
      value: props.attributes.lang,
      options: languages,
      onChange: function (value) {
        props.setAttributes({ lang: value });
      },
    });
  }

  function exitUrl(props) {
    return el(TextControl, {
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
      el(SelectControl, {
        key: 'layout',
        label: words.layout,
        value: props.attributes.layout,
        options: [
          { label: words.layout_inline, value: 'inline' },
          { label: words.layout_bar, value: 'bar' },
          { label: words.layout_compact, value: 'compact' },
        ],
        onChange: function (value) {
          props.setAttributes({ layout: value });
        },
      }),
      el(ToggleControl, {
        key: 'quick-exit',
        label: words.quick_exit,
        checked: props.attributes.quickExit,
        onChange: function (value) {
          props.setAttributes({ quickExit: value });
        },
      }),
      props.attributes.quickExit ? el('div', { key: 'exit-url' }, exitUrl(props)) : null,
      el('div', { key: 'lang' }, language(props)),
      el('p', { key: 'note' }, words.bar_note),
    ];
  });

  block('ct-awareness/risk-quiz', words.block_quiz, function (props) {
    return [el('div', { key: 'exit-url' }, exitUrl(props)), el('div', { key: 'lang' }, language(props))];
  });

  block('ct-awareness/fact-sheet', words.block_facts, function (props) {
    return [
      el(SelectControl, {
        key: 'topic',
        label: words.topic,
        value: props.attributes.topic,
        options: [{ label: words.topic_all, value: '' }].concat(
          words.topics.map(function (topic) {
            return { label: topic, value: topic };
          }),
        ),
        onChange: function (value) {
          props.setAttributes({ topic: value });
        },
      }),
      el(SelectControl, {
        key: 'layout',
        label: words.layout,
        value: props.attributes.layout,
        options: [
          { label: words.layout_cards, value: 'cards' },
          { label: words.layout_list, value: 'list' },
        ],
        onChange: function (value) {
          props.setAttributes({ layout: value });
        },
      }),
      el(ToggleControl, {
        key: 'hide-sources',
        label: words.hide_sources,
        checked: props.attributes.hideSources,
        onChange: function (value) {
          props.setAttributes({ hideSources: value });
        },
      }),
      el('div', { key: 'lang' }, language(props)),
    ];
  });
})(window.wp, window.ctAwarenessEditor);
