// Reads the store's snapshot; the component re-renders when the store publishes a new one.
import {useSyncExternalStore} from 'react';
import type {StoreSnapshot} from '../../store/types.js';

export interface SnapshotSource {
	getSnapshot(): StoreSnapshot;
	subscribe(listener: () => void): () => void;
}

export function useJobStore(store: SnapshotSource): StoreSnapshot {
	return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
