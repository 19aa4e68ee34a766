/**
 * A small run-time stand-in for the `obsidian` module, which ships type
 * declarations only. vitest.config.ts aliases `obsidian` to this file, while
 * TypeScript keeps checking tests and sources against the real declarations.
 * Helpers that exist only here (`noticeMessages`, `fileAt`, the records on
 * `Plugin`) are imported from this file by relative path: both routes load the
 * same module instance, so `instanceof TFile` still holds.
 */
import type * as O from 'obsidian';

/** A subscription handle, as `Events.on` returns it; it knows its emitter so it can be removed. */
export interface EventRef {
	emitter: Events;
	name: string;
	callback: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

/** A named-event emitter with Obsidian's semantics: listener errors are logged, not thrown. */
export class Events {
	private readonly listeners = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: unknown[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { emitter: this, name, callback, ctx };
		this.listeners.set(name, [...(this.listeners.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: (...data: unknown[]) => unknown): void {
		const kept = (this.listeners.get(name) ?? []).filter((ref) => ref.callback !== callback);
		this.listeners.set(name, kept);
	}

	offref(ref: EventRef): void {
		const kept = (this.listeners.get(ref.name) ?? []).filter((other) => other !== ref);
		this.listeners.set(ref.name, kept);
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy, so a listener that unsubscribes while running does not skip its neighbour.
		for (const ref of [...(this.listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		try {
			ref.callback.apply(ref.ctx, args);
		} catch (error) {
			console.error(error);
		}
	}
}

/** Owns child components and cleanup callbacks, and releases them all on unload, as Obsidian does. */
export class Component {
	private loaded = false;
	private readonly children: Component[] = [];
	private readonly cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onload();
		for (const child of [...this.children]) child.load();
	}

	onload(): void {
		// Subclasses override.
	}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		// Children first, then cleanups newest first, then the component's own hook: Obsidian's order.
		while (this.children.length > 0) this.children.pop()?.unload();
		while (this.cleanups.length > 0) this.cleanups.pop()?.();
		this.onunload();
	}

	onunload(): void {
		// Subclasses override.
	}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this.children.indexOf(component);
		if (index >= 0) {
			this.children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cleanup: () => unknown): void {
		this.cleanups.push(cleanup);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.emitter.offref(ref));
	}

	registerDomEvent(
		target: EventTarget,
		type: string,
		listener: (event: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		target.addEventListener(type, listener, options);
		this.register(() => target.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}

/** An element for APIs that return one; a bare object when the test runs without a DOM. */
function newElement(): HTMLElement {
	return typeof document === 'undefined' ? ({} as HTMLElement) : document.createElement('div');
}

/** A plugin whose registrations are recorded in public fields, and whose data lives in memory. */
export class Plugin extends Component {
	readonly commands: O.Command[] = [];
	readonly settingTabs: O.PluginSettingTab[] = [];
	readonly viewCreators = new Map<string, O.ViewCreator>();
	readonly ribbonIcons: { icon: string; title: string; callback: (event: MouseEvent) => unknown }[] = [];
	readonly statusBarItems: HTMLElement[] = [];
	/** What `saveData` last wrote, as JSON text (undefined until the first save), like data.json on disk. */
	savedData: string | undefined;

	constructor(
		public app: O.App,
		public manifest: O.PluginManifest,
	) {
		super();
	}

	// A JSON round trip, so callers never share objects with the "file", as with data.json.
	loadData(): Promise<unknown> {
		return Promise.resolve(this.savedData === undefined ? null : JSON.parse(this.savedData));
	}

	saveData(data: unknown): Promise<void> {
		this.savedData = JSON.stringify(data);
		return Promise.resolve();
	}

	addCommand(command: O.Command): O.Command {
		this.commands.push(command);
		return command;
	}

	addSettingTab(tab: O.PluginSettingTab): void {
		this.settingTabs.push(tab);
	}

	registerView(type: string, creator: O.ViewCreator): void {
		this.viewCreators.set(type, creator);
	}

	addRibbonIcon(icon: string, title: string, callback: (event: MouseEvent) => unknown): HTMLElement {
		this.ribbonIcons.push({ icon, title, callback });
		return newElement();
	}

	addStatusBarItem(): HTMLElement {
		const item = newElement();
		this.statusBarItems.push(item);
		return item;
	}
}

/** A vault entry; the stub sets only the fields the core and adapter read. */
export abstract class TAbstractFile {
	path = '';
	name = '';
	parent: TFolder | null = null;
}

/** A file in the vault. */
export class TFile extends TAbstractFile {
	basename = '';
	extension = '';
	stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
}

/** A folder in the vault. */
export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === '/';
	}
}

/** Builds a TFile for a vault path (stub only), typed as the real class so sources accept it. */
export function fileAt(path: string, stat: Partial<O.FileStats> = {}): O.TFile {
	const file = new TFile();
	file.path = path;
	file.name = path.slice(path.lastIndexOf('/') + 1);
	const dot = file.name.lastIndexOf('.');
	file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
	file.extension = dot > 0 ? file.name.slice(dot + 1) : '';
	file.stat = { ctime: 0, mtime: 0, size: 0, ...stat };
	return file as unknown as O.TFile;
}

/** Every message shown with `new Notice(...)`, oldest first; a test empties it with `noticeMessages.length = 0`. */
export const noticeMessages: string[] = [];

/** A toast message: recorded in `noticeMessages` instead of shown. */
export class Notice {
	constructor(message: string | DocumentFragment, public duration?: number) {
		this.setMessage(message);
	}

	setMessage(message: string | DocumentFragment): this {
		noticeMessages.push(typeof message === 'string' ? message : (message.textContent ?? ''));
		return this;
	}

	hide(): void {
		// Nothing is on screen to hide.
	}
}

/**
 * Obsidian's debounce: calls `callback` `timeout` ms after the first pending
 * call with the latest arguments; with `resetTimer`, every call restarts the wait.
 */
export function debounce<T extends unknown[], V>(
	callback: (...args: [...T]) => V,
	timeout = 0,
	resetTimer = false,
): O.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: [...T] | undefined;

	const fire = (): V | void => {
		timer = undefined;
		if (pending === undefined) return;
		const args = pending;
		pending = undefined;
		return callback(...args);
	};

	const debouncer = ((...args: [...T]) => {
		pending = args;
		if (timer !== undefined && resetTimer) {
			clearTimeout(timer);
			timer = undefined;
		}
		timer ??= setTimeout(fire, timeout);
		return debouncer;
	}) as O.Debouncer<T, V>;

	debouncer.cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		pending = undefined;
		return debouncer;
	};
	debouncer.run = () => {
		clearTimeout(timer);
		return fire();
	};
	return debouncer;
}

/** Obsidian's vault-path clean-up: one `/` between parts, none at the ends, no-break spaces as spaces, NFC. */
export function normalizePath(path: string): string {
	const trimmed = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '');
	return (trimmed === '' ? '/' : trimmed).replace(/[\u00A0\u202F]/g, ' ').normalize('NFC');
}
