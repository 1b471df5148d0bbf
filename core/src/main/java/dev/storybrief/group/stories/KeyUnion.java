package dev.storybrief.group.stories;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Union-find over string keys, with the smallest key of each set as its name, so the outcome does not depend on the
 * order links arrive in. Keys never linked are their own set and take no memory.
 */
public final class KeyUnion implements Serializable {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> parent = new HashMap<>();

    /** Puts the two keys in one set. */
    public void union(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (rootA.equals(rootB)) {
            return;
        }
        if (rootA.compareTo(rootB) < 0) {
            parent.put(rootB, rootA);
        } else {
            parent.put(rootA, rootB);
        }
    }

    /** The name of the key's set: the smallest key in it. */
    public String find(String key) {
        String root = key;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        String walk = key;
        while (!walk.equals(root)) {
            String next = parent.get(walk);
            parent.put(walk, root);
            walk = next;
        }
        return root;
    }

    /** Every key that was put under another, with its set's name; set names themselves are not listed. */
    public Map<String, String> roots() {
        Map<String, String> roots = new HashMap<>();
        for (String key : new java.util.ArrayList<>(parent.keySet())) {
            roots.put(key, find(key));
        }
        return roots;
    }
}
