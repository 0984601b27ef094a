<?php
/**
 * Settings › ct-awareness: the bar on every page, its quick exit, the widget's language, the
 * pages without the bar and the height of a theme's fixed header. One option, `ct_awareness`.
 *
 * @package ct-awareness
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings with their defaults: no bar until the site's owner turns it on.
 *
 * @return array{bar: string, quick_exit: bool, exit_url: string, language: string, exclude: string, offset_top: int}
 */
function ct_awareness_defaults() {
	return array(
		'bar'        => 'off',
		'quick_exit' => true,
		'exit_url'   => '',
		'language'   => 'site',
		'exclude'    => '',
		'offset_top' => 0,
	);
}

/**
 * The settings as saved, each one filled from the defaults where missing.
 *
 * @return array{bar: string, quick_exit: bool, exit_url: string, language: string, exclude: string, offset_top: int}
 */
function ct_awareness_options() {
	$saved = get_option( 'ct_awareness', array() );
	return array_merge( ct_awareness_defaults(), is_array( $saved ) ? $saved : array() );
}

/**
 * Checks what the form sent. A bad value keeps the one saved before, with a message that says
 * what was wrong and what is accepted; nothing else is lost.
 *
 * @param mixed $input The form's values.
 * @return array
 */
function ct_awareness_sanitize( $input ) {
	$before = ct_awareness_options();
	$input  = is_array( $input ) ? $input : array();
	$clean  = $before;

	$bar          = isset( $input['bar'] ) ? sanitize_key( $input['bar'] ) : 'off';
	$clean['bar'] = in_array( $bar, array( 'off', 'top', 'bottom' ), true ) ? $bar : 'off';

	$clean['quick_exit'] = ! empty( $input['quick_exit'] );

	$language          = isset( $input['language'] ) ? sanitize_key( $input['language'] ) : 'site';
	$clean['language'] = in_array( $language, array_merge( array( 'site' ), ct_awareness_languages() ), true ) ? $language : 'site';

	$exit_url = isset( $input['exit_url'] ) ? trim( (string) wp_unslash( $input['exit_url'] ) ) : '';
	if ( '' === $exit_url ) {
		$clean['exit_url'] = '';
	} elseif ( wp_http_validate_url( $exit_url ) && in_array( wp_parse_url( $exit_url, PHP_URL_SCHEME ), array( 'http', 'https' ), true ) ) {
		$clean['exit_url'] = esc_url_raw( $exit_url, array( 'http', 'https' ) );
	} else {
		add_settings_error( 'ct_awareness', 'exit_url', ct_awareness_t( 'bad_exit_url' ) );
	}

	$offset = isset( $input['offset_top'] ) ? trim( (string) $input['offset_top'] ) : '0';
	if ( preg_match( '/^\d{1,3}$/', $offset ) && (int) $offset <= 300 ) {
		$clean['offset_top'] = (int) $offset;
	} else {
		add_settings_error( 'ct_awareness', 'offset_top', ct_awareness_t( 'bad_offset' ) );
	}

	$kept    = array();
	$ignored = array();
	foreach ( explode( ',', isset( $input['exclude'] ) ? (string) wp_unslash( $input['exclude'] ) : '' ) as $item ) {
		$item = trim( $item );
		if ( '' === $item ) {
			continue;
		}
		if ( preg_match( '/^[0-9]+$/', $item ) || sanitize_title( $item ) === $item ) {
			$kept[] = $item;
		} else {
			$ignored[] = $item;
		}
	}
	$clean['exclude'] = implode( ', ', $kept );
	if ( $ignored ) {
		add_settings_error( 'ct_awareness', 'exclude', ct_awareness_t( 'bad_exclude' ) . ' ' . implode( ', ', $ignored ) );
	}
	return $clean;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'ct_awareness',
			'ct_awareness',
			array(
				'type'              => 'array',
				'sanitize_callback' => 'ct_awareness_sanitize',
				'default'           => ct_awareness_defaults(),
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( ct_awareness_t( 'settings_title' ), ct_awareness_t( 'menu' ), 'manage_options', 'ct-awareness', 'ct_awareness_settings_page' );
	}
);

/**
 * A row of the settings form: a field's label, its input with the saved value, and its help.
 *
 * @param string $key        The setting, its label's word and (with _help) its help's.
 * @param array  $attributes The input's type and other attributes.
 */
function ct_awareness_input_row( $key, array $attributes ) {
	$id = 'ct-awareness-' . str_replace( '_', '-', $key );
	?>
	<tr>
		<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( ct_awareness_t( $key ) ); ?></label></th>
		<td>
			<input id="<?php echo esc_attr( $id ); ?>" name="ct_awareness[<?php echo esc_attr( $key ); ?>]" value="<?php echo esc_attr( (string) ct_awareness_options()[ $key ] ); ?>" aria-describedby="<?php echo esc_attr( $id ); ?>-help"
			<?php
			foreach ( $attributes as $attribute => $value ) {
				echo esc_attr( $attribute ) . '="' . esc_attr( $value ) . '" ';
			}
			?>
			>
			<p class="description" id="<?php echo esc_attr( $id ); ?>-help"><?php echo esc_html( ct_awareness_t( $key . '_help' ) ); ?></p>
		</td>
	</tr>
	<?php
}

/**
 * The settings page: WordPress's settings form (its nonce and capability check come with
 * settings_fields() and options.php).
 */
function ct_awareness_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$o    = ct_awareness_options();
	$name = 'ct_awareness';
	?>
	<div class="wrap">
		<h1><?php echo esc_html( ct_awareness_t( 'settings_title' ) ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'ct_awareness' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php echo esc_html( ct_awareness_t( 'bar' ) ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php echo esc_html( ct_awareness_t( 'bar' ) ); ?></legend>
							<?php foreach ( array( 'off', 'top', 'bottom' ) as $value ) : ?>
								<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[bar]" value="<?php echo esc_attr( $value ); ?>" <?php checked( $o['bar'], $value ); ?>> <?php echo esc_html( ct_awareness_t( 'bar_' . $value ) ); ?></label><br>
							<?php endforeach; ?>
							<p class="description"><?php echo esc_html( ct_awareness_t( 'bar_help' ) ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php echo esc_html( ct_awareness_t( 'quick_exit' ) ); ?></th>
					<td>
						<label><input type="checkbox" id="ct-awareness-quick-exit" name="<?php echo esc_attr( $name ); ?>[quick_exit]" value="1" <?php checked( $o['quick_exit'] ); ?>> <?php echo esc_html( ct_awareness_t( 'quick_exit_help' ) ); ?></label>
					</td>
				</tr>
				<?php ct_awareness_input_row( 'exit_url', array( 'type' => 'url', 'class' => 'regular-text' ) ); ?>
				<tr>
					<th scope="row"><label for="ct-awareness-language"><?php echo esc_html( ct_awareness_t( 'language' ) ); ?></label></th>
					<td>
						<select id="ct-awareness-language" name="<?php echo esc_attr( $name ); ?>[language]">
							<option value="site" <?php selected( $o['language'], 'site' ); ?>><?php echo esc_html( ct_awareness_t( 'language_site' ) ); ?></option>
							<option value="es" lang="es" <?php selected( $o['language'], 'es' ); ?>>Español</option>
							<option value="en" lang="en" <?php selected( $o['language'], 'en' ); ?>>English</option>
							<option value="pt" lang="pt" <?php selected( $o['language'], 'pt' ); ?>>Português</option>
						</select>
					</td>
				</tr>
				<?php ct_awareness_input_row( 'exclude', array( 'type' => 'text', 'class' => 'regular-text' ) ); ?>
				<?php ct_awareness_input_row( 'offset_top', array( 'type' => 'number', 'class' => 'small-text', 'min' => '0', 'max' => '300', 'step' => '1' ) ); ?>
			</table>
			<?php submit_button( ct_awareness_t( 'save' ) ); ?>
		</form>
	</div>
	<?php
}
