// Code the first frame does not need (the wizard, a job as YAML, the editor flow) is loaded the first time it
// is used, with `await import()`: in the one-file bundle that is when esbuild evaluates it. Views read what
// is loaded synchronously and say it is on its way until then; the second use finds it loaded.
import {useEffect, useState} from 'react';

export interface LazyModule<T> {
	/** The module once loaded; undefined before. */
	readonly loaded: T | undefined;
	load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
	let loaded: T | undefined;
	let loading: Promise<T> | undefined;
	return {
		get loaded() {
			return loaded;
		},
		async load() {
			loading ??= importer().then(module => {
				loaded = module;
				return module;
			});
			return loading;
		},
	};
}

/** The module; when `wanted` and not loaded yet, loads it and draws again once it is there. */
export function useLazyModule<T>(module: LazyModule<T>, wanted: boolean): T | undefined {
	const [, setLoads] = useState(0);
	useEffect(() => {
		if (!wanted || module.loaded) return;
		let current = true;
		void module.load().then(() => {
			if (current) setLoads(count => count + 1);
		});
		return () => {
			current = false;
		};
	}, [module, wanted]);
	return module.loaded;
}
