package se.platskompassen.analysis;

import java.util.List;

/**
 * Groups shown together where some lie inside another: {@code children} (indices into the list
 * of groups) are disjoint parts of {@code parent}, such as "women" and "men" inside "everyone",
 * or a dialogue inside its place. What the parent has beyond its shown children is a group of its
 * own that a reader can work out by subtraction, so the small-group rule applies to it too.
 */
public record Nesting(int parent, List<Integer> children) {

    public Nesting {
        children = List.copyOf(children);
        if (children.isEmpty() || children.contains(parent)) {
            throw new IllegalArgumentException("A nesting has a parent and at least one other child");
        }
    }

    public static Nesting of(int parent, Integer... children) {
        return new Nesting(parent, List.of(children));
    }
}
