package dev.cogsh.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The graph of packages that use each other, computed from the classes, and its cycles. Each edge
 * keeps one class-level example, so that a cycle can be reported with the classes that close it.
 */
final class PackageGraph {

  /** One class that makes an edge: {@code user} names {@code used}. */
  record Example(String user, String used) {}

  private final Map<String, Map<String, Example>> edges = new TreeMap<>();

  void add(String from, String to, Example example) {
    if (!from.equals(to)) {
      edges.computeIfAbsent(from, k -> new TreeMap<>()).putIfAbsent(to, example);
    }
  }

  Set<String> usedBy(String from) {
    return edges.getOrDefault(from, Map.of()).keySet();
  }

  Example example(String from, String to) {
    return edges.get(from).get(to);
  }

  /**
   * One cycle per strongly connected component of more than one package (Tarjan's algorithm), each
   * as the packages in order, the first repeated at the end: {@code [api, creds, api]}.
   */
  List<List<String>> cycles() {
    List<List<String>> out = new ArrayList<>();
    for (Set<String> component : components()) {
      if (component.size() > 1) {
        String start = component.iterator().next();
        out.add(shortestCycle(start, component).orElseThrow());
      }
    }
    return out;
  }

  private List<Set<String>> components() {
    Tarjan tarjan = new Tarjan();
    Set<String> nodes = new TreeSet<>(edges.keySet());
    edges.values().forEach(e -> nodes.addAll(e.keySet()));
    for (String node : nodes) {
      if (!tarjan.index.containsKey(node)) {
        tarjan.visit(node);
      }
    }
    return tarjan.components;
  }

  /** Breadth first from {@code start} back to it, inside its component. */
  private Optional<List<String>> shortestCycle(String start, Set<String> component) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String at = queue.removeFirst();
      for (String next : usedBy(at)) {
        if (next.equals(start)) {
          List<String> path = new ArrayList<>(List.of(start));
          for (String p = at; !p.equals(start); p = cameFrom.get(p)) {
            path.add(1, p);
          }
          path.add(start);
          return Optional.of(path);
        }
        if (component.contains(next) && !cameFrom.containsKey(next)) {
          cameFrom.put(next, at);
          queue.addLast(next);
        }
      }
    }
    return Optional.empty();
  }

  /** Tarjan's strongly connected components; the graph has a few dozen nodes, so recursion. */
  private final class Tarjan {
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Integer> low = new HashMap<>();
    final Deque<String> stack = new ArrayDeque<>();
    final Set<String> onStack = new TreeSet<>();
    final List<Set<String>> components = new ArrayList<>();

    void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.push(v);
      onStack.add(v);
      for (String w : usedBy(v)) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        Set<String> component = new TreeSet<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        components.add(component);
      }
    }
  }
}
