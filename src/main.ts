import { Plugin } from 'obsidian';

/** Placeholder plugin class: the real wiring (settings, index, views, commands) replaces this file. */
export default class InquiringLinesPlugin extends Plugin {
	/** Nothing to set up yet; the class exists so the bundle and the release have a valid plugin to ship. */
	override onload(): void {
		// Left empty on purpose until the index and the views are wired in.
	}
}
