const { src, dest } = require('gulp');

/** Icons and codex files live next to the nodes; n8n loads them from dist/ beside the compiled files. */
function buildIcons() {
	return src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
