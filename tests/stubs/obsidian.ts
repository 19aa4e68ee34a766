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
	readonly hoverLinkSources = new Map<string, O.HoverLinkSource>();
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
		// So that `leaf.setViewState({ type })` can build the view, as in the app.
		(this.app as unknown as { workspace?: { viewCreators?: Map<string, O.ViewCreator> } }).workspace?.viewCreators?.set(type, creator);
	}

	addRibbonIcon(icon: string, title: string, callback: (event: MouseEvent) => unknown): HTMLElement {
		this.ribbonIcons.push({ icon, title, callback });
		return newElement();
	}

	registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
		this.hoverLinkSources.set(id, info);
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

// ---- app, vault, metadata cache, workspace, modals, settings (adapter) ----

/** A fresh element: a `div` in a DOM test, a bare object otherwise (see `newElement`). */
function stubElement(tag = 'div', cls = ''): HTMLElement {
	if (typeof document === 'undefined') return {} as HTMLElement;
	const made = document.createElement(tag);
	if (cls) made.className = cls;
	return made;
}

/** Files and their texts in memory; `create`, `modify`, `delete` and `rename` fire Obsidian's vault events. */
export class Vault extends Events {
	configDir = '.obsidian';
	/** Stub only: each file's text, by path. */
	readonly texts = new Map<string, string>();
	private readonly files = new Map<string, TFile>();

	getName(): string {
		return 'Test vault';
	}

	getFiles(): TFile[] {
		return [...this.files.values()];
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === 'md');
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return this.getFiles();
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path) ?? null;
	}

	cachedRead(file: TFile): Promise<string> {
		const text = this.texts.get(file.path);
		return text === undefined ? Promise.reject(new Error(`${file.path} does not exist`)) : Promise.resolve(text);
	}

	read(file: TFile): Promise<string> {
		return this.cachedRead(file);
	}

	/** Stub only: adds a file without an event, as files that exist before the app starts. */
	put(path: string, text: string): TFile {
		const file = fileAt(path) as unknown as TFile;
		this.files.set(path, file);
		this.texts.set(path, text);
		return file;
	}

	create(path: string, text: string): Promise<TFile> {
		if (this.files.has(path)) return Promise.reject(new Error('File already exists.'));
		const file = this.put(path, text);
		this.trigger('create', file);
		return Promise.resolve(file);
	}

	modify(file: TFile, text: string): Promise<void> {
		this.texts.set(file.path, text);
		this.trigger('modify', file);
		return Promise.resolve();
	}

	delete(file: TAbstractFile): Promise<void> {
		this.files.delete(file.path);
		this.texts.delete(file.path);
		this.trigger('delete', file);
		return Promise.resolve();
	}

	rename(file: TAbstractFile, newPath: string): Promise<void> {
		const oldPath = file.path;
		const text = this.texts.get(oldPath) ?? '';
		this.files.delete(oldPath);
		this.texts.delete(oldPath);
		const moved = fileAt(newPath) as unknown as TFile;
		Object.assign(file, { path: moved.path, name: moved.name, basename: moved.basename, extension: moved.extension });
		this.files.set(newPath, file as TFile);
		this.texts.set(newPath, text);
		this.trigger('rename', file, oldPath);
		return Promise.resolve();
	}
}

/** Obsidian's rule when no path matches: a file of that name, the one under the source's folder first, then the shortest path. */
function defaultLinkpathResolver(vault: Vault): (linkpath: string, sourcePath: string) => string | null {
	return (linkpath, sourcePath) => {
		const bare = linkpath.split('#')[0];
		if (bare === '') return sourcePath;
		const lower = bare.toLowerCase();
		const paths = vault.getFiles().map((file) => file.path);
		const exact = paths.find((p) => p.toLowerCase() === lower || p.toLowerCase() === `${lower}.md`);
		if (exact) return exact;
		const named = paths.filter((p) => p.toLowerCase().endsWith(`/${lower}.md`) || p.toLowerCase().endsWith(`/${lower}`));
		const folder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1) : '';
		named.sort((a, b) => Number(!a.startsWith(folder)) - Number(!b.startsWith(folder)) || a.length - b.length || (a < b ? -1 : 1));
		return named[0] ?? null;
	};
}

/** The metadata cache: caches that tests set by path, and Obsidian's events, which tests trigger. */
export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/** Stub only: each file's cache, by path. */
	readonly caches = new Map<string, O.CachedMetadata>();
	/** Stub only: where a link path leads; a test may put its own resolver here. */
	resolveLinkpath: (linkpath: string, sourcePath: string) => string | null;

	constructor(private readonly vault: Vault) {
		super();
		this.resolveLinkpath = defaultLinkpathResolver(vault);
	}

	getFileCache(file: TFile): O.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): O.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = this.resolveLinkpath(linkpath, sourcePath);
		return path === null ? null : this.vault.getFileByPath(path);
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		return omitMdExtension && file.extension === 'md' ? file.path.slice(0, -3) : file.path;
	}
}

/** Which leaf a Mod-click asks for, as `Keymap.isModEvent` says. */
type LeafRequest = 'tab' | 'split' | 'window';

/** What a leaf needs for navigation; added to each leaf the workspace makes unless the leaf class has it. */
interface NavigableLeaf {
	app: O.App;
	view: View | null;
	/** Stub only: the file the leaf shows. */
	file?: TFile | null;
	/** Stub only: how the leaf was asked for (`getLeaf(newLeaf)`, or `right` for the side bar). */
	openedAs?: LeafRequest | boolean | 'right';
	open(view: View): Promise<View>;
	detach(): Promise<void>;
	openFile?(file: TFile): Promise<void>;
	setViewState?(state: O.ViewState): Promise<void>;
	getViewState?(): O.ViewState;
}

/** The workspace: leaves, the active file, layout-ready callbacks; `setLayoutReady` (stub only) runs them. */
export class Workspace extends Events {
	layoutReady = false;
	/** Stub only: every leaf made, oldest first. */
	readonly leaves: WorkspaceLeaf[] = [];
	/** Stub only: leaves passed to `revealLeaf`, in order. */
	readonly revealed: WorkspaceLeaf[] = [];
	/** Stub only: every file opened in a leaf, with how the leaf was asked for. */
	readonly opened: { path: string; newLeaf: LeafRequest | boolean | 'right' | undefined }[] = [];
	/** Stub only: view creators, filled by `Plugin.registerView`. */
	readonly viewCreators = new Map<string, O.ViewCreator>();
	activeLeaf: WorkspaceLeaf | null = null;
	private activeFile: TFile | null = null;
	private readonly layoutCallbacks: (() => unknown)[] = [];

	constructor(public app: O.App) {
		super();
	}

	/** Obsidian saves the layout a moment later; nothing to save here. */
	requestSaveLayout(): void {
		// The stub keeps no layout on disk.
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutCallbacks.push(callback);
	}

	/** Stub only: the layout is ready; queued callbacks run in order. */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const callback of this.layoutCallbacks.splice(0)) callback();
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}

	/** Stub only: makes `file` the active file, with `file-open` as Obsidian fires it. */
	setActiveFile(file: TFile | null): void {
		this.activeFile = file;
		this.trigger('file-open', file);
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view?.getViewType() === type);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.makeLeaf('right');
	}

	getLeaf(newLeaf: LeafRequest | boolean = false): WorkspaceLeaf {
		if (newLeaf === false && this.activeLeaf) return this.activeLeaf;
		const leaf = this.makeLeaf(newLeaf);
		if (newLeaf === false) this.activeLeaf = leaf;
		return leaf;
	}

	revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf);
		return Promise.resolve();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	async detachLeavesOfType(type: string): Promise<void> {
		for (const leaf of this.getLeavesOfType(type)) await leaf.detach();
	}

	private makeLeaf(openedAs: LeafRequest | boolean | 'right'): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		const nav = leaf as unknown as NavigableLeaf;
		nav.openedAs = openedAs;
		nav.file = null;
		nav.openFile ??= (file: TFile): Promise<void> => {
			nav.file = file;
			this.opened.push({ path: file.path, newLeaf: nav.openedAs });
			this.setActiveFile(file);
			return Promise.resolve();
		};
		nav.setViewState ??= async (state: O.ViewState): Promise<void> => {
			if (nav.view?.getViewType() === state.type) return;
			const creator = this.viewCreators.get(state.type);
			if (!creator) throw new Error(`No view registered for "${state.type}"`);
			await nav.detach();
			await nav.open(creator(leaf as unknown as O.WorkspaceLeaf) as unknown as View);
		};
		nav.getViewState ??= (): O.ViewState => ({ type: nav.view?.getViewType() ?? 'empty' });
		this.leaves.push(leaf);
		return leaf;
	}
}

/** File operations; only link text is needed. */
export class FileManager {
	generateMarkdownLink(file: TFile, _sourcePath: string, subpath = '', alias = ''): string {
		return `[[${file.basename}${subpath}${alias ? `|${alias}` : ''}]]`;
	}
}

/** The app: a vault, its metadata cache, a workspace and a file manager, all stubs. */
export class App {
	readonly vault = new Vault();
	readonly metadataCache = new MetadataCache(this.vault);
	readonly workspace: Workspace = new Workspace(this as unknown as O.App);
	readonly fileManager = new FileManager();
}

/** Keyboard helpers. */
export class Keymap {
	/** Mod-click opens a tab, Mod-Alt a split, Mod-Alt-Shift a window; a middle click a tab; anything else no new leaf. */
	static isModEvent(event?: MouseEvent | KeyboardEvent | null): LeafRequest | boolean {
		if (!event) return false;
		if ('button' in event && event.button === 1) return 'tab';
		if (!(event.ctrlKey || event.metaKey)) return false;
		if (event.altKey) return event.shiftKey ? 'window' : 'split';
		return 'tab';
	}
}

/** The platform flags: a desktop app. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

/** Every modal currently open, oldest first. */
export const openModals: Modal[] = [];

/** A dialog: `open` puts it in the document and in `openModals`, then runs `onOpen`. */
export class Modal {
	containerEl = stubElement('div', 'modal-container');
	modalEl = stubElement('div', 'modal');
	titleEl = stubElement('div', 'modal-title');
	contentEl = stubElement('div', 'modal-content');

	constructor(public app: O.App) {
		if (typeof document === 'undefined') return;
		this.containerEl.appendChild(this.modalEl);
		this.modalEl.append(this.titleEl, this.contentEl);
	}

	open(): void {
		openModals.push(this);
		if (typeof document !== 'undefined') document.body.appendChild(this.containerEl);
		this.onOpen();
	}

	close(): void {
		const at = openModals.indexOf(this);
		if (at < 0) return;
		openModals.splice(at, 1);
		this.containerEl.remove?.();
		this.onClose();
	}

	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}

	onOpen(): void {
		// Subclasses override.
	}

	onClose(): void {
		// Subclasses override.
	}
}

/** The shared part of the setting controls. */
export class BaseComponent {
	disabled = false;

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	then(callback: (component: this) => unknown): this {
		callback(this);
		return this;
	}
}

/** A text box or text area; typing into its element (an `input` event) calls the `onChange` callback. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends BaseComponent {
	private changed: ((value: string) => unknown) | undefined;

	constructor(public inputEl: T) {
		super();
		inputEl.addEventListener('input', () => void this.changed?.(inputEl.value));
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.setAttribute('placeholder', placeholder);
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changed = callback;
		return this;
	}
}

/** A one-line text box. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		const input = document.createElement('input');
		input.type = 'text';
		containerEl.appendChild(input);
		super(input);
	}
}

/** A text area. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		const area = document.createElement('textarea');
		containerEl.appendChild(area);
		super(area);
	}
}

/** A switch; a click on `toggleEl` flips it and calls `onChange`. */
export class ToggleComponent extends BaseComponent {
	toggleEl: HTMLElement;
	private value = false;
	private changed: ((value: boolean) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = document.createElement('div');
		this.toggleEl.className = 'checkbox-container';
		containerEl.appendChild(this.toggleEl);
		this.toggleEl.addEventListener('click', () => {
			if (this.disabled) return;
			this.setValue(!this.value);
			void this.changed?.(this.value);
		});
	}

	getValue(): boolean {
		return this.value;
	}

	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.classList.toggle('is-enabled', on);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttribute('aria-label', tooltip);
		return this;
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changed = callback;
		return this;
	}
}

/** A range slider; a `change` event on its input calls `onChange` with the number. */
export class SliderComponent extends BaseComponent {
	sliderEl: HTMLInputElement;
	private changed: ((value: number) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = document.createElement('input');
		this.sliderEl.type = 'range';
		containerEl.appendChild(this.sliderEl);
		this.sliderEl.addEventListener('change', () => void this.changed?.(Number(this.sliderEl.value)));
	}

	setLimits(min: number | null, max: number | null, step: number | 'any'): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	setDynamicTooltip(): this {
		return this;
	}

	onChange(callback: (value: number) => unknown): this {
		this.changed = callback;
		return this;
	}
}

/** A select box; a `change` event calls `onChange`. */
export class DropdownComponent extends BaseComponent {
	selectEl: HTMLSelectElement;
	private changed: ((value: string) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = document.createElement('select');
		containerEl.appendChild(this.selectEl);
		this.selectEl.addEventListener('change', () => void this.changed?.(this.selectEl.value));
	}

	addOption(value: string, display: string): this {
		const option = document.createElement('option');
		option.value = value;
		option.textContent = display;
		this.selectEl.appendChild(option);
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changed = callback;
		return this;
	}
}

/** A button; a click calls `onClick`. */
export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = document.createElement('button');
		containerEl.appendChild(this.buttonEl);
	}

	setButtonText(text: string): this {
		this.buttonEl.textContent = text;
		return this;
	}

	setCta(): this {
		this.buttonEl.classList.add('mod-cta');
		return this;
	}

	setWarning(): this {
		this.buttonEl.classList.add('mod-warning');
		return this;
	}

	setIcon(icon: string): this {
		this.buttonEl.dataset.icon = icon;
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute('aria-label', tooltip);
		return this;
	}

	onClick(callback: (event: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener('click', (event) => void callback(event));
		return this;
	}
}

/** A small icon button; a click calls `onClick`. */
export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = document.createElement('div');
		this.extraSettingsEl.className = 'clickable-icon extra-setting-button';
		containerEl.appendChild(this.extraSettingsEl);
	}

	setIcon(icon: string): this {
		this.extraSettingsEl.dataset.icon = icon;
		return this;
	}

	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttribute('aria-label', tooltip);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener('click', () => void callback());
		return this;
	}
}

/** One row of a settings page, laid out with Obsidian's class names (`setting-item`, `setting-item-name`...). */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = stubElement('div', 'setting-item');
		this.infoEl = stubElement('div', 'setting-item-info');
		this.nameEl = stubElement('div', 'setting-item-name');
		this.descEl = stubElement('div', 'setting-item-description');
		this.controlEl = stubElement('div', 'setting-item-control');
		this.infoEl.append(this.nameEl, this.descEl);
		this.settingEl.append(this.infoEl, this.controlEl);
		containerEl.appendChild(this.settingEl);
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.replaceChildren(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.replaceChildren(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}

	setHeading(): this {
		this.settingEl.classList.add('setting-item-heading');
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle('is-disabled', disabled);
		return this;
	}

	private add<C extends BaseComponent>(component: C, callback: (component: C) => unknown): this {
		this.components.push(component);
		callback(component);
		return this;
	}

	addText(callback: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), callback);
	}

	addTextArea(callback: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), callback);
	}

	addToggle(callback: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), callback);
	}

	addSlider(callback: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), callback);
	}

	addDropdown(callback: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), callback);
	}

	addButton(callback: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), callback);
	}

	addExtraButton(callback: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), callback);
	}

	then(callback: (setting: this) => unknown): this {
		callback(this);
		return this;
	}
}

/** A settings page; Obsidian calls `display` when it is shown and `hide` when it is left. */
export abstract class PluginSettingTab {
	containerEl = stubElement('div', 'vertical-tab-content');

	constructor(
		public app: O.App,
		public plugin: Plugin,
	) {}

	abstract display(): void;

	hide(): void {
		// Subclasses override.
	}
}


// ---- views ----

/** The DOM options Obsidian's `createEl` family takes (`DomElementInfo` and `SvgElementInfo`). */
interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

/** Sets an attribute as Obsidian's `setAttr` does: `null` or `false` removes it. */
function setAttribute(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? '' : String(value));
}

/** Applies `createEl` options to a new element and puts it under its parent. */
function applyInfo<E extends Element>(el: E, info: ElementInfo | string | undefined, parent: Node | undefined, callback?: (el: E) => void): E {
	const o: ElementInfo = typeof info === 'string' ? { cls: info } : (info ?? {});
	const classes = (Array.isArray(o.cls) ? o.cls : (o.cls ?? '').split(' ')).filter((c) => c !== '');
	if (classes.length > 0) el.classList.add(...classes);
	if (o.text !== undefined) {
		if (typeof o.text === 'string') el.textContent = o.text;
		else el.appendChild(o.text);
	}
	for (const [name, value] of Object.entries(o.attr ?? {})) setAttribute(el, name, value);
	if (o.title !== undefined) el.setAttribute('title', o.title);
	if (o.href !== undefined) el.setAttribute('href', o.href);
	if (o.type !== undefined) el.setAttribute('type', o.type);
	if (o.placeholder !== undefined) el.setAttribute('placeholder', o.placeholder);
	if (o.value !== undefined) (el as unknown as { value: string }).value = o.value;
	const into = o.parent ?? parent;
	if (into) {
		if (o.prepend) into.insertBefore(el, into.firstChild);
		else into.appendChild(el);
	}
	callback?.(el);
	return el;
}

/**
 * Obsidian's additions to the DOM (`createEl`, `empty`, `setText`, `isShown`...),
 * installed once when a test runs in a DOM; each is left alone when another part
 * of this stub installed it first.
 */
function installDomHelpers(): void {
	if (typeof document === 'undefined') return;
	const define = (target: object, name: string, value: unknown): void => {
		if (!(name in target)) Object.defineProperty(target, name, { value, configurable: true, writable: true });
	};
	const svgNs = 'http://www.w3.org/2000/svg';
	const nodeProto = Node.prototype;
	define(nodeProto, 'createEl', function (this: Node, tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) {
		return applyInfo(document.createElement(tag), info, this, callback);
	});
	define(nodeProto, 'createDiv', function (this: Node, info?: ElementInfo | string, callback?: (el: Element) => void) {
		return applyInfo(document.createElement('div'), info, this, callback);
	});
	define(nodeProto, 'createSpan', function (this: Node, info?: ElementInfo | string, callback?: (el: Element) => void) {
		return applyInfo(document.createElement('span'), info, this, callback);
	});
	define(nodeProto, 'createSvg', function (this: Node, tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) {
		return applyInfo(document.createElementNS(svgNs, tag), info, this, callback);
	});
	define(nodeProto, 'empty', function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(nodeProto, 'appendText', function (this: Node, text: string) {
		this.appendChild(document.createTextNode(text));
	});
	define(nodeProto, 'detach', function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	const elementProto = Element.prototype;
	define(elementProto, 'setText', function (this: Element, text: string | DocumentFragment) {
		if (typeof text === 'string') this.textContent = text;
		else this.replaceChildren(text);
	});
	define(elementProto, 'getText', function (this: Element) {
		return this.textContent ?? '';
	});
	define(elementProto, 'addClass', function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	});
	define(elementProto, 'removeClass', function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(elementProto, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
		for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
	});
	define(elementProto, 'hasClass', function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(elementProto, 'setAttr', function (this: Element, name: string, value: string | number | boolean | null) {
		setAttribute(this, name, value);
	});
	define(elementProto, 'getAttr', function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	const htmlProto = HTMLElement.prototype;
	define(htmlProto, 'hide', function (this: HTMLElement) {
		this.style.display = 'none';
	});
	define(htmlProto, 'show', function (this: HTMLElement) {
		this.style.display = '';
	});
	define(htmlProto, 'toggle', function (this: HTMLElement, show: boolean) {
		this.style.display = show ? '' : 'none';
	});
	// Obsidian's meaning: attached to the document, and no ancestor hidden with `display: none`.
	define(htmlProto, 'isShown', function (this: HTMLElement) {
		const hidden = (el: HTMLElement): boolean => el.style.display === 'none' || el.hidden;
		if (!this.isConnected || hidden(this)) return false;
		for (let el = this.parentElement; el; el = el.parentElement) if (hidden(el)) return false;
		return true;
	});
	const globals = globalThis as Record<string, unknown>;
	const fragment = document.createDocumentFragment();
	define(globals, 'createEl', (tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) =>
		applyInfo(document.createElement(tag), info, undefined, callback));
	define(globals, 'createDiv', (info?: ElementInfo | string, callback?: (el: Element) => void) =>
		applyInfo(document.createElement('div'), info, undefined, callback));
	define(globals, 'createSpan', (info?: ElementInfo | string, callback?: (el: Element) => void) =>
		applyInfo(document.createElement('span'), info, undefined, callback));
	define(globals, 'createSvg', (tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) =>
		applyInfo(document.createElementNS(svgNs, tag), info, undefined, callback));
	define(globals, 'createFragment', (callback?: (el: DocumentFragment) => void) => {
		const made = fragment.cloneNode() as DocumentFragment;
		callback?.(made);
		return made;
	});
}
installDomHelpers();

/** A workspace leaf that holds one view; `open` and `detach` run the view's lifecycle as Obsidian does. */
export class WorkspaceLeaf extends Events {
	view: View | null = null;

	constructor(public app: O.App) {
		super();
	}

	/** Loads the view and runs its `onOpen`. */
	async open(view: View): Promise<View> {
		this.view = view;
		view.load();
		await view.onOpen();
		return view;
	}

	/** Closes the view: `onClose`, then unload (which drops its registered listeners). */
	async detach(): Promise<void> {
		const view = this.view;
		if (!view) return;
		this.view = null;
		await view.onClose();
		view.unload();
	}
}

/** The base of every view: its leaf, its app and its container. */
export abstract class View extends Component {
	app: O.App;
	icon = '';
	navigation = false;
	containerEl: HTMLElement;

	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = newElement();
		this.containerEl.classList?.add('workspace-leaf-content');
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	onOpen(): Promise<void> {
		return Promise.resolve();
	}

	onClose(): Promise<void> {
		return Promise.resolve();
	}

	getIcon(): string {
		return this.icon;
	}

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {
		return Promise.resolve();
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {
		// No ephemeral state by default.
	}

	onResize(): void {
		// Subclasses override.
	}
}

/** A view with a header and a content element, as Obsidian lays it out. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = newElement();
		if (typeof document !== 'undefined') {
			this.containerEl.createDiv({ cls: 'view-header' });
			this.contentEl.classList.add('view-content');
			this.containerEl.appendChild(this.contentEl);
		}
	}

	addAction(_icon: string, title: string, callback: (event: MouseEvent) => unknown): HTMLElement {
		const action = newElement();
		if (typeof document !== 'undefined') {
			action.setAttribute('aria-label', title);
			action.addEventListener('click', (event) => callback(event));
		}
		return action;
	}
}
