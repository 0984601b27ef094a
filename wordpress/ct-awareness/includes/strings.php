<?php
/**
 * The plugin's own words in Spanish, English and Portuguese, and the widget's language.
 * The widget's words come with its script; these are the settings page's and the editor's.
 *
 * @package ct-awareness
 */

defined( 'ABSPATH' ) || exit;

/**
 * The languages the widget speaks.
 *
 * @return string[]
 */
function ct_awareness_languages() {
	return array( 'es', 'en', 'pt' );
}

/**
 * One of the widget's languages for a WordPress locale (es_PE is es, pt_BR is pt); Spanish, the
 * language of Peru's line, for any other.
 *
 * @param string $locale A WordPress locale.
 * @return string
 */
function ct_awareness_language_of_locale( $locale ) {
	$code = strtolower( substr( (string) $locale, 0, 2 ) );
	return in_array( $code, ct_awareness_languages(), true ) ? $code : 'es';
}

/**
 * The language of the widget on the site: the setting, or the site's language when it is "site".
 *
 * @return string
 */
function ct_awareness_site_language() {
	$chosen = ct_awareness_options()['language'];
	return 'site' === $chosen ? ct_awareness_language_of_locale( get_locale() ) : $chosen;
}

/**
 * A word of the settings page or the editor, in the language of the person using it.
 *
 * @param string $key The word's key.
 * @return string
 */
function ct_awareness_t( $key ) {
	static $words = null;
	if ( null === $words ) {
		$words = require CT_AWARENESS_DIR . 'includes/words.php';
	}
	$lang = ct_awareness_language_of_locale( function_exists( 'get_user_locale' ) ? get_user_locale() : get_locale() );
	return $words[ $lang ][ $key ] ?? $words['en'][ $key ] ?? $key;
}
