<?php
/**
 * Plugin Name:       ct-awareness
 * Description:       Peru's line against human trafficking (1818, option 1), a private self-check and sourced facts, as blocks, shortcodes and a bar on every page. Spanish, English and Portuguese; no request to another site, nothing stored about readers.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       ct-awareness
 *
 * @package ct-awareness
 */

defined( 'ABSPATH' ) || exit;

// The version of the widget files in assets/ (the build writes the same as package.json's).
define( 'CT_AWARENESS_VERSION', '0.1.0' );
define( 'CT_AWARENESS_DIR', plugin_dir_path( __FILE__ ) );
define( 'CT_AWARENESS_URL', plugin_dir_url( __FILE__ ) );

require_once CT_AWARENESS_DIR . 'includes/strings.php';
require_once CT_AWARENESS_DIR . 'includes/settings.php';
require_once CT_AWARENESS_DIR . 'includes/assets.php';
require_once CT_AWARENESS_DIR . 'includes/render.php';
require_once CT_AWARENESS_DIR . 'includes/blocks.php';
