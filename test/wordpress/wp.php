<?php
/**
 * The WordPress tests' hands inside WordPress, run with PHP's command line:
 *   php wp.php <wordpress folder> <site address> <command> [argument]
 * install: installs WordPress, an Author and the plugin, and the posts the tests read.
 * theme <slug>: switches the theme.  settings <json>: saves the plugin's settings as given.
 * Prints what it did as JSON.
 */

$root    = $argv[1];
$address = $argv[2];
$command = $argv[3];
$arg     = $argv[4] ?? '';

$_SERVER['HTTP_HOST']   = parse_url( $address, PHP_URL_HOST ) . ':' . parse_url( $address, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $root . '/wp-load.php';

$out = array();
if ( 'install' === $command ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	wp_install( 'ct-awareness test site', 'admin', 'admin@example.org', false, '', 'admin-password-1' );
	update_option( 'active_plugins', array( 'ct-awareness/ct-awareness.php' ) );
	// WordPress's own admin bar asks gravatar.com for avatars: off, so any request to another host is the plugin's.
	update_option( 'show_avatars', 0 );
	$author = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'author-password-1',
			'user_email' => 'author@example.org',
			'role'       => 'author',
		)
	);
	// The Author writes the post, through WordPress's HTML filter as in the editor.
	wp_set_current_user( $author );
	kses_init();
	$blocks = implode(
		"\n\n",
		array(
			"<!-- wp:paragraph -->\n<p>Before the blocks.</p>\n<!-- /wp:paragraph -->",
			'<!-- wp:ct-awareness/hotline-banner {"exitUrl":"' . $address . '/exit-page/"} /-->',
			'<!-- wp:ct-awareness/risk-quiz /-->',
			'<!-- wp:ct-awareness/fact-sheet {"topic":"hotline"} /-->',
			"<!-- wp:shortcode -->\n[ct_hotline_banner layout=\"compact\" lang=\"pt\"]\n<!-- /wp:shortcode -->",
			"<!-- wp:html -->\n<ct-hotline-banner quick-exit>pasted</ct-hotline-banner>\n<!-- /wp:html -->",
		)
	);
	$with = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => 'With the widget',
				'post_name'    => 'with-the-widget',
				'post_status'  => 'publish',
				'post_content' => $blocks,
			)
		),
		true
	);
	$paragraphs = str_repeat( "<!-- wp:paragraph -->\n<p>A long text, so the page scrolls far before its footer.</p>\n<!-- /wp:paragraph -->\n\n", 60 );
	$without    = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => 'Without the widget',
				'post_name'    => 'without-the-widget',
				'post_status'  => 'publish',
				'post_content' => $paragraphs,
			)
		),
		true
	);
	wp_set_current_user( 0 );
	$out = array(
		'with'    => $with,
		'without' => $without,
		'saved'   => get_post( $with )->post_content,
	);
} elseif ( 'theme' === $command ) {
	switch_theme( $arg );
	$out = array( 'theme' => get_stylesheet() );
} elseif ( 'settings' === $command ) {
	update_option( 'ct_awareness', array_merge( ct_awareness_defaults(), json_decode( $arg, true ) ) );
	$out = ct_awareness_options();
}
echo wp_json_encode( $out );
