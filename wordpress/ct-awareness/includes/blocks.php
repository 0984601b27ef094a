<?php
/**
 * Three dynamic blocks and three shortcodes. A block saves only its options in the post (a block
 * comment), which WordPress's HTML filter keeps for Authors and Contributors; the element's tag
 * is written when the page is served, so nothing can strip it.
 *
 * @package ct-awareness
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode's yes/no option: "1", "true", "yes" and "on" are yes.
 *
 * @param mixed $value The shortcode's value.
 * @return bool
 */
function ct_awareness_yes( $value ) {
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on', 'si', 'sí', 'sim' ), true );
}

add_action(
	'init',
	function () {
		wp_register_script(
			'ct-awareness-blocks',
			CT_AWARENESS_URL . 'blocks/editor.js',
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
			CT_AWARENESS_VERSION,
			true
		);
		$keys  = array( 'block_banner', 'block_quiz', 'block_facts', 'layout', 'layout_inline', 'layout_bar', 'layout_compact', 'layout_cards', 'layout_list', 'quick_exit', 'exit_url', 'exit_url_help', 'lang_block', 'lang_default', 'topic', 'topic_all', 'hide_sources', 'bar_note' );
		$words = array();
		foreach ( $keys as $key ) {
			$words[ $key ] = ct_awareness_t( $key );
		}
		$fallbacks         = ct_awareness_fallbacks();
		$words['topics']   = $fallbacks['topics'] ?? array();
		wp_add_inline_script( 'ct-awareness-blocks', 'window.ctAwarenessEditor = ' . wp_json_encode( $words ) . ';', 'before' );

		$lang = array(
			'type'    => 'string',
			'default' => '',
		);
		$common = array(
			'api_version'   => 2,
			'category'      => 'widgets',
			'editor_script' => 'ct-awareness-blocks',
			'supports'      => array( 'html' => false ),
		);
		register_block_type(
			'ct-awareness/hotline-banner',
			$common + array(
				'title'           => ct_awareness_t( 'block_banner' ),
				'description'     => ct_awareness_t( 'block_banner_desc' ),
				'icon'            => 'phone',
				'attributes'      => array(
					'layout'    => array(
						'type'    => 'string',
						'default' => 'inline',
					),
					'quickExit' => array(
						'type'    => 'boolean',
						'default' => true,
					),
					'exitUrl'   => array(
						'type'    => 'string',
						'default' => '',
					),
					'lang'      => $lang,
				),
				'render_callback' => 'ct_awareness_render_banner',
			)
		);
		register_block_type(
			'ct-awareness/risk-quiz',
			$common + array(
				'title'           => ct_awareness_t( 'block_quiz' ),
				'description'     => ct_awareness_t( 'block_quiz_desc' ),
				'icon'            => 'yes-alt',
				'attributes'      => array(
					'exitUrl' => array(
						'type'    => 'string',
						'default' => '',
					),
					'lang'    => $lang,
				),
				'render_callback' => 'ct_awareness_render_quiz',
			)
		);
		register_block_type(
			'ct-awareness/fact-sheet',
			$common + array(
				'title'           => ct_awareness_t( 'block_facts' ),
				'description'     => ct_awareness_t( 'block_facts_desc' ),
				'icon'            => 'media-text',
				'attributes'      => array(
					'topic'       => array(
						'type'    => 'string',
						'default' => '',
					),
					'layout'      => array(
						'type'    => 'string',
						'default' => 'cards',
					),
					'hideSources' => array(
						'type'    => 'boolean',
						'default' => false,
					),
					'lang'        => $lang,
				),
				'render_callback' => 'ct_awareness_render_facts',
			)
		);

		add_shortcode(
			'ct_hotline_banner',
			function ( $atts ) {
				$atts = shortcode_atts(
					array(
						'layout'     => 'inline',
						'quick_exit' => 'yes',
						'exit_url'   => '',
						'lang'       => '',
					),
					$atts,
					'ct_hotline_banner'
				);
				return ct_awareness_render_banner(
					array(
						'layout'    => $atts['layout'],
						'quickExit' => ct_awareness_yes( $atts['quick_exit'] ),
						'exitUrl'   => $atts['exit_url'],
						'lang'      => $atts['lang'],
					)
				);
			}
		);
		add_shortcode(
			'ct_risk_quiz',
			function ( $atts ) {
				$atts = shortcode_atts(
					array(
						'exit_url' => '',
						'lang'     => '',
					),
					$atts,
					'ct_risk_quiz'
				);
				return ct_awareness_render_quiz(
					array(
						'exitUrl' => $atts['exit_url'],
						'lang'    => $atts['lang'],
					)
				);
			}
		);
		add_shortcode(
			'ct_fact_sheet',
			function ( $atts ) {
				$atts = shortcode_atts(
					array(
						'topic'        => '',
						'layout'       => 'cards',
						'hide_sources' => 'no',
						'lang'         => '',
					),
					$atts,
					'ct_fact_sheet'
				);
				return ct_awareness_render_facts(
					array(
						'topic'       => $atts['topic'],
						'layout'      => $atts['layout'],
						'hideSources' => ct_awareness_yes( $atts['hide_sources'] ),
						'lang'        => $atts['lang'],
					)
				);
			}
		);
	}
);
