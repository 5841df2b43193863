package org.ducha.regions;

import java.util.Arrays;

/**
 * A character trie over all names, scanned from every position of a text: every name that
 * occurs anywhere is found in one pass whose cost grows with the text's length times the
 * (short) depth walked from each position, not with the number of names. Transitions live
 * in one open-addressing table keyed by (node, char), so 100,000 names cost a few
 * megabytes and no boxing. Built once, then read-only and thread-safe.
 */
final class NameTrie {

	private static final long EMPTY = -1L;

	private long[] keys;

	private int[] targets;

	private int transitions;

	private int[] terminals;

	private int nodes = 1;

	NameTrie() {
		this.keys = new long[1 << 16];
		Arrays.fill(this.keys, EMPTY);
		this.targets = new int[1 << 16];
		this.terminals = new int[1 << 12];
		Arrays.fill(this.terminals, -1);
	}

	/**
	 * Adds a name.
	 * @param name the name
	 * @param id what to report when the name is found (at most one id per name)
	 */
	void add(String name, int id) {
		int node = 0;
		for (int i = 0; i < name.length(); i++) {
			int next = child(node, name.charAt(i));
			if (next < 0) {
				next = this.nodes++;
				put(node, name.charAt(i), next);
			}
			node = next;
		}
		if (node >= this.terminals.length) {
			int old = this.terminals.length;
			this.terminals = Arrays.copyOf(this.terminals, Math.max(old * 2, node + 1));
			Arrays.fill(this.terminals, old, this.terminals.length, -1);
		}
		this.terminals[node] = id;
	}

	/**
	 * Receives each name found.
	 */
	@FunctionalInterface
	interface Hits {

		void found(int start, int end, int id);

	}

	/**
	 * Reports every occurrence of every name in {@code text[0, length)}, ordered by
	 * start, then by end.
	 */
	void scan(CharSequence text, int length, Hits hits) {
		for (int start = 0; start < length; start++) {
			int node = 0;
			for (int i = start; i < length; i++) {
				node = child(node, text.charAt(i));
				if (node < 0) {
					break;
				}
				if (node < this.terminals.length && this.terminals[node] >= 0) {
					hits.found(start, i + 1, this.terminals[node]);
				}
			}
		}
	}

	int size() {
		return this.nodes;
	}

	private int child(int node, char c) {
		long key = ((long) node << 16) | c;
		int mask = this.keys.length - 1;
		for (int slot = mix(key) & mask;; slot = (slot + 1) & mask) {
			long found = this.keys[slot];
			if (found == key) {
				return this.targets[slot];
			}
			if (found == EMPTY) {
				return -1;
			}
		}
	}

	private void put(int node, char c, int target) {
		if ((this.transitions + 1) * 2 > this.keys.length) {
			grow();
		}
		insert(((long) node << 16) | c, target);
		this.transitions++;
	}

	private void insert(long key, int target) {
		int mask = this.keys.length - 1;
		int slot = mix(key) & mask;
		while (this.keys[slot] != EMPTY) {
			slot = (slot + 1) & mask;
		}
		this.keys[slot] = key;
		this.targets[slot] = target;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldTargets = this.targets;
		this.keys = new long[oldKeys.length * 2];
		Arrays.fill(this.keys, EMPTY);
		this.targets = new int[oldTargets.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				insert(oldKeys[i], oldTargets[i]);
			}
		}
	}

	private static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 32) ^ (int) h;
	}

}
