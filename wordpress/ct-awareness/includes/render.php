<?php
/**
 * Each element's tag from its options, with the text a reader sees without JavaScript (the
 * fallback the embed builder writes, built into assets/fallbacks.json), in its language.
 *
 * @package ct-awareness
 */

defined( 'ABSPATH' ) || exit;

/**
 * The built fallbacks: each element's HTML in each language, the fact sheet's by topic.
 *
 * @return array
 */
function ct_awareness_fallbacks() {
	static $fallbacks = null;
	if ( null === $fallbacks ) {
		$json      = json_decode( (string) file_get_contents( CT_AWARENESS_DIR . 'assets/fallbacks.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$fallbacks = is_array( $json ) ? $json : array();
	}
	return $fallbacks;
}

/**
 * A block's or shortcode's language, or the site's.
 *
 * @param mixed $lang The language asked for.
 * @return string
 */
function ct_awareness_lang_of( $lang ) {
	return in_array( $lang, ct_awareness_languages(), true ) ? $lang : ct_awareness_site_language();
}

/**
 * An http or https address, or ''.
 *
 * @param mixed $url An address.
 * @return string
 */
function ct_awareness_http_url( $url ) {
	$url = is_string( $url ) ? trim( $url ) : '';
	return '' !== $url && in_array( wp_parse_url( $url, PHP_URL_SCHEME ), array( 'http', 'https' ), true ) ? esc_url_raw( $url, array( 'http', 'https' ) ) : '';
}

/**
 * An element's opening tag: true is an attribute with no value, '' and false are left out.
 *
 * @param string $tag        The element's name.
 * @param array  $attributes Attribute name => value.
 * @return string
 */
function ct_awareness_open_tag( $tag, array $attributes ) {
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( false !== $value && '' !== $value && null !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	return $html . '>';
}

/**
 * The fallback of an element in a language, filtered as post HTML.
 *
 * @param string $key  Its key in fallbacks.json.
 * @param string $lang Its language.
 * @return string
 */
function ct_awareness_fallback( $key, $lang ) {
	$fallbacks = ct_awareness_fallbacks();
	return isset( $fallbacks[ $key ][ $lang ] ) ? wp_kses_post( $fallbacks[ $key ][ $lang ] ) : '';
}

/**
 * The line's banner: inline, a one-line bar or compact, with a quick exit where asked.
 *
 * @param array $a layout, position, quickExit, exitUrl, dismissible, lang.
 * @return string
 */
function ct_awareness_render_banner( $a ) {
	ct_awareness_enqueue();
	$a        = is_array( $a ) ? $a : array();
	$lang     = ct_awareness_lang_of( $a['lang'] ?? '' );
	$layout   = in_array( $a['layout'] ?? '', array( 'inline', 'bar', 'compact' ), true ) ? $a['layout'] : 'inline';
	$position = 'bar' === $layout && in_array( $a['position'] ?? '', array( 'top', 'bottom' ), true ) ? $a['position'] : '';
	$exit     = ! empty( $a['quickExit'] );
	$exit_url = ct_awareness_http_url( $a['exitUrl'] ?? '' );
	$fallback = ct_awareness_fallback( $exit ? 'banner-exit' : 'banner', $lang );
	if ( $exit ) {
		$fallbacks = ct_awareness_fallbacks();
		$fallback  = str_replace( esc_url( $fallbacks['exitPlaceholder'] ?? '' ), esc_url( '' !== $exit_url ? $exit_url : ( $fallbacks['defaultExitUrl'] ?? '' ) ), $fallback );
	}
	return ct_awareness_open_tag(
		'ct-hotline-banner',
		array(
			'lang'        => $lang,
			'layout'      => $layout,
			'position'    => $position,
			'quick-exit'  => $exit,
			'exit-url'    => $exit ? $exit_url : '',
			'dismissible' => ! empty( $a['dismissible'] ),
		)
	) . $fallback . '</ct-hotline-banner>';
}

/**
 * The private self-check, which always ends at the line.
 *
 * @param array $a exitUrl, lang.
 * @return string
 */
function ct_awareness_render_quiz( $a ) {
	ct_awareness_enqueue();
	$a    = is_array( $a ) ? $a : array();
	$lang = ct_awareness_lang_of( $a['lang'] ?? '' );
	return ct_awareness_open_tag(
		'ct-risk-quiz',
		array(
			'lang'     => $lang,
			'exit-url' => ct_awareness_http_url( $a['exitUrl'] ?? '' ),
		)
	) . ct_awareness_fallback( 'quiz', $lang ) . '</ct-risk-quiz>';
}

/**
 * The sourced facts, all of them or one topic's.
 *
 * @param array $a topic, layout, hideSources, lang.
 * @return string
 */
function ct_awareness_render_facts( $a ) {
	ct_awareness_enqueue();
	$a         = is_array( $a ) ? $a : array();
	$lang      = ct_awareness_lang_of( $a['lang'] ?? '' );
	$fallbacks = ct_awareness_fallbacks();
	$topic     = in_array( $a['topic'] ?? '', $fallbacks['topics'] ?? array(), true ) ? $a['topic'] : '';
	return ct_awareness_open_tag(
		'ct-fact-sheet',
		array(
			'lang'         => $lang,
			'topic'        => $topic,
			'layout'       => 'list' === ( $a['layout'] ?? '' ) ? 'list' : '',
			'hide-sources' => ! empty( $a['hideSources'] ),
		)
	) . ct_awareness_fallback( '' === $topic ? 'facts' : 'facts-' . $topic, $lang ) . '</ct-fact-sheet>';
}
