<?php
/**
 * The widget's files, served from the plugin's own folder with their SRI hashes, only on a page
 * that shows an element; and the offsets that keep the bar below WordPress's admin bar and a
 * theme's fixed header.
 *
 * @package ct-awareness
 */

defined( 'ABSPATH' ) || exit;

/**
 * The sha384 of a file of assets/, from the integrity.json built with it.
 *
 * @param string $file A file name in assets/.
 * @return string
 */
function ct_awareness_integrity( $file ) {
	static $files = null;
	if ( null === $files ) {
		$json  = json_decode( (string) file_get_contents( CT_AWARENESS_DIR . 'assets/integrity.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$files = is_array( $json ) && isset( $json['files'] ) ? $json['files'] : array();
	}
	return isset( $files[ $file ] ) ? (string) $files[ $file ] : '';
}

/** The blocks and shortcodes whose presence in a post brings the widget's files. */
function ct_awareness_block_names() {
	return array( 'ct-awareness/hotline-banner', 'ct-awareness/risk-quiz', 'ct-awareness/fact-sheet' );
}

/** The shortcodes, one per element. */
function ct_awareness_shortcode_names() {
	return array( 'ct_hotline_banner', 'ct_risk_quiz', 'ct_fact_sheet' );
}

/**
 * Whether the bar on every page shows on this request: turned on, on the site (not the admin),
 * and not on a page the settings leave out.
 *
 * @return bool
 */
function ct_awareness_site_bar_applies() {
	$o = ct_awareness_options();
	if ( 'off' === $o['bar'] || is_admin() ) {
		return false;
	}
	if ( is_singular() ) {
		$post     = get_queried_object();
		$excluded = array_filter( array_map( 'trim', explode( ',', $o['exclude'] ) ) );
		if ( $post instanceof WP_Post && ( in_array( (string) $post->ID, $excluded, true ) || in_array( $post->post_name, $excluded, true ) ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Whether this request's page shows an element, known before its head is written: the bar on
 * every page, or a block or shortcode in the post shown. An element elsewhere (a widget, an
 * archive) brings the files when it renders, in the footer.
 *
 * @return bool
 */
function ct_awareness_page_needs_files() {
	if ( ct_awareness_site_bar_applies() ) {
		return true;
	}
	$post = is_singular() ? get_queried_object() : null;
	if ( ! $post instanceof WP_Post ) {
		return false;
	}
	foreach ( ct_awareness_block_names() as $block ) {
		if ( has_block( $block, $post ) ) {
			return true;
		}
	}
	foreach ( ct_awareness_shortcode_names() as $shortcode ) {
		if ( has_shortcode( $post->post_content, $shortcode ) ) {
			return true;
		}
	}
	return false;
}

add_action(
	'wp_enqueue_scripts',
	function () {
		if ( ct_awareness_page_needs_files() ) {
			ct_awareness_enqueue();
		}
	},
	5
);

/**
 * Asks for the widget's script and stylesheet on this page (once): in the head when the page is
 * known to need them, or from an element's rendering (then in the footer).
 */
function ct_awareness_enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	wp_enqueue_style( 'ct-awareness', CT_AWARENESS_URL . 'assets/ct-awareness.css', array(), CT_AWARENESS_VERSION );
	wp_enqueue_script( 'ct-awareness', CT_AWARENESS_URL . 'assets/ct-awareness.js', array(), CT_AWARENESS_VERSION, false );
	$css = ct_awareness_offset_css();
	if ( '' !== $css ) {
		wp_add_inline_style( 'ct-awareness', $css );
	}
}

/**
 * Where a bar stuck to the top sits: below WordPress's admin bar (32 px wide, 46 px from 782 px
 * down, and from 600 px down not fixed: it scrolls away, and the bar follows it up), plus the
 * height of the theme's fixed header from the settings.
 *
 * @return string CSS, or '' when nothing moves the bar.
 */
function ct_awareness_offset_css() {
	$header = (int) ct_awareness_options()['offset_top'];
	if ( ! is_admin_bar_showing() ) {
		return $header > 0 ? 'html{--ct-offset-top:' . $header . 'px}' : '';
	}
	return '@property --ct-offset-top{syntax:"<length>";inherits:true;initial-value:0px}'
		. 'html{--ct-offset-top:' . ( 32 + $header ) . 'px}'
		. '@media screen and (max-width:782px){html{--ct-offset-top:' . ( 46 + $header ) . 'px}}'
		. '@keyframes ct-awareness-admin-bar{from{--ct-offset-top:' . ( 46 + $header ) . 'px}to{--ct-offset-top:' . $header . 'px}}'
		. '@media screen and (max-width:600px){@supports (animation-timeline:scroll()){html{animation:ct-awareness-admin-bar linear both;animation-timeline:scroll(root);animation-range:0 46px}}}';
}

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'ct-awareness' !== $handle ) {
			return $tag;
		}
		$attributes = ' defer crossorigin="anonymous" integrity="' . esc_attr( ct_awareness_integrity( 'ct-awareness.js' ) ) . '" data-lang="' . esc_attr( ct_awareness_site_language() ) . '"';
		return preg_replace( '/<script /', '<script' . $attributes . ' ', $tag, 1 );
	},
	10,
	2
);

add_filter(
	'style_loader_tag',
	function ( $tag, $handle ) {
		if ( 'ct-awareness' !== $handle ) {
			return $tag;
		}
		return preg_replace( '/<link /', '<link crossorigin="anonymous" integrity="' . esc_attr( ct_awareness_integrity( 'ct-awareness.css' ) ) . '" ', $tag, 1 );
	},
	10,
	2
);

/** The bar on every page: first in the body (top) or last (bottom), with its text without JavaScript. */
function ct_awareness_site_bar() {
	static $done = false;
	if ( $done || ! ct_awareness_site_bar_applies() ) {
		return;
	}
	$done = true;
	$o    = ct_awareness_options();
	echo ct_awareness_render_banner( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute and text is escaped where it is written (render.php).
		array(
			'layout'      => 'bar',
			'position'    => $o['bar'],
			'quickExit'   => (bool) $o['quick_exit'],
			'exitUrl'     => $o['exit_url'],
			'dismissible' => true,
		)
	);
}

add_action(
	'wp_body_open',
	function () {
		if ( 'top' === ct_awareness_options()['bar'] ) {
			ct_awareness_site_bar();
		}
	}
);

add_action(
	'wp_footer',
	function () {
		// The bottom bar; and the top bar in a theme that never calls wp_body_open.
		ct_awareness_site_bar();
	},
	5
);
