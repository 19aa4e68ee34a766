import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Component, debounce, Events, normalizePath, Plugin } from 'obsidian';
import type { PluginManifest } from 'obsidian';

const root = fileURLToPath(new URL('..', import.meta.url));

function readJson(file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
}

describe('manifest.json', () => {
	const manifest = readJson('manifest.json');

	it('names the plugin the way the community directory expects', () => {
		expect(manifest).toMatchObject({
			id: 'inquiring-lines',
			name: 'Inquiring Lines',
			minAppVersion: '1.5.0',
			author: 'Inquiring Lines contributors',
			isDesktopOnly: false,
		});
		expect(manifest.version).toBe(readJson('package.json').version);
	});

	it('has a one-sentence description without the app name', () => {
		const description = String(manifest.description);
		expect(description).toMatch(/^[A-Z][^]*\.$/);
		expect(description.toLowerCase()).not.toContain('obsidian');
		expect(description.length).toBeLessThanOrEqual(250);
	});
});

describe('versions.json', () => {
	it('maps the manifest version to its minimum app version', () => {
		const manifest = readJson('manifest.json');
		const versions = readJson('versions.json');
		expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
	});
});

describe('bundle guard', () => {
	let dir = '';
	beforeEach(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'inquiring-lines-guard-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	function check(code: string): { status: number | null; stderr: string } {
		const file = path.join(dir, 'main.js');
		writeFileSync(file, code);
		const run = spawnSync(process.execPath, ['esbuild.config.mjs', 'check', file], { cwd: root, encoding: 'utf8' });
		return { status: run.status, stderr: run.stderr };
	}

	it('rejects a bundle that loads Node built-ins, which mobile lacks', () => {
		const result = check('var e=require("events"),f=require("node:fs"),o=require("obsidian");');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('"events", "node:fs"');
		expect(result.stderr).not.toContain('"obsidian"');
	});

	it('accepts a bundle that loads only what Obsidian provides', () => {
		const result = check('var o=require("obsidian"),v=require("@codemirror/view"),e=require("electron");');
		expect(result.status).toBe(0);
	});
});

describe('obsidian stub', () => {
	const manifest: PluginManifest = { id: 'x', name: 'X', author: 'a', version: '0', minAppVersion: '0', description: 'd' };

	it('releases children, listeners and cleanups when a component unloads', () => {
		const parent = new Component();
		const child = parent.addChild(new Component());
		const events = new Events();
		const heard: unknown[] = [];
		const cleanup = vi.fn();
		parent.load();
		child.registerEvent(events.on('changed', (value) => heard.push(value)));
		parent.register(cleanup);

		events.trigger('changed', 1);
		parent.unload();
		events.trigger('changed', 2);

		expect(heard).toEqual([1]);
		expect(cleanup).toHaveBeenCalledOnce();
	});

	it('keeps plugin data as a copy, like data.json', async () => {
		class TestPlugin extends Plugin {}
		const plugin = new TestPlugin({} as never, manifest);
		expect(await plugin.loadData()).toBeNull();
		const settings = { folders: ['a'] };
		await plugin.saveData(settings);
		settings.folders.push('b');
		expect(await plugin.loadData()).toEqual({ folders: ['a'] });
	});

	it('debounces to one call with the latest arguments', () => {
		vi.useFakeTimers();
		try {
			const calls: number[] = [];
			const run = debounce((n: number) => calls.push(n), 100, true);
			run(1);
			vi.advanceTimersByTime(60);
			run(2);
			vi.advanceTimersByTime(60);
			expect(calls).toEqual([]);
			vi.advanceTimersByTime(40);
			expect(calls).toEqual([2]);
		} finally {
			vi.useRealTimers();
		}
	});

	it('normalizes vault paths', () => {
		expect(normalizePath('//notes\\\\papers/x.md/')).toBe('notes/papers/x.md');
		expect(normalizePath('')).toBe('/');
	});
});
