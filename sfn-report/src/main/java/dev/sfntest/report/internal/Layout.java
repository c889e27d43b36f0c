package dev.sfntest.report.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a workflow out top to bottom with ELK's layered algorithm (the Sugiyama method: layers,
 * few crossings, orthogonal edges), the way the Step Functions console draws one: a start marker,
 * states as boxes, Map and Parallel states as frames around their states, Parallel branches side
 * by side, an end marker.
 *
 * <p>ELK is deterministic for a given graph (its random choices come from a fixed seed), and the
 * graph is built in definition order, so the same definition always gets the same picture.
 *
 * @see <a href="https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html">ELK Layered</a>
 */
public final class Layout {

  static final double NAME_SIZE = 13;
  static final double SMALL_SIZE = 10.5;
  static final double LINE = 14;
  static final double PAD = 10;
  static final double LABEL_SIZE = 11;
  static final String START = "(start)";
  static final String END = "(end)";

  static {
    // The layered algorithm announces itself through a ServiceLoader file too, but a shaded jar
    // may have lost it: registering it here makes it work from any packaging.
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /** What a box shows besides its name and type, and what an edge's label says. */
  public interface Content {
    /** Lines under the state's name and type (retriers, times); may be empty. */
    List<String> lines(StateNode state);

    /** The label of a line standing for these transitions, or {@code null} for none. */
    String edgeLabel(List<Transition> transitions);

    /** A short figure in the top-right corner of a state's box ({@code ×3}), or {@code null}. */
    String badge(StateNode state);
  }

  private final Workflow workflow;
  private final Content content;
  private final Map<ElkNode, Diagram.Box> pending = new LinkedHashMap<>();
  private final Map<ElkNode, String> ids = new LinkedHashMap<>();
  private final List<ElkEdge> edges = new ArrayList<>();
  private final Map<ElkEdge, List<Transition>> edgeTransitions = new LinkedHashMap<>();
  private final Map<String, ElkNode> nodesByName = new LinkedHashMap<>();

  private Layout(Workflow workflow, Content content) {
    this.workflow = workflow;
    this.content = content;
  }

  /** Lays the workflow out. */
  public static Diagram of(Workflow workflow, Content content) {
    return new Layout(workflow, content).run();
  }

  private Diagram run() {
    ElkNode root = ElkGraphUtil.createGraph();
    configure(root);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
    ElkNode start = marker(root, START, Diagram.BoxKind.START);
    ElkNode end = marker(root, END, Diagram.BoxKind.END);
    addGraph(root, workflow.root());
    ElkNode first = nodesByName.get(workflow.root().startAt());
    if (first != null) {
      edge(root, start, first, List.of());
    }
    for (StateNode state : workflow.root().states()) {
      if (state.end()) {
        edge(root, nodesByName.get(state.name()), end, List.of());
      }
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    return collect(root);
  }

  private static void configure(ElkNode graph) {
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
    graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
    // Keep the definition's order where the layering allows: states read top to bottom, and
    // Choice branches left to right, as written.
    graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
        OrderingStrategy.NODES_AND_EDGES);
  }

  private ElkNode marker(ElkNode parent, String id, Diagram.BoxKind kind) {
    ElkNode node = ElkGraphUtil.createNode(parent);
    node.setDimensions(64, 26);
    pending.put(node, new Diagram.Box(id, kind, null, 0, 0, 64, 26));
    ids.put(node, id);
    return node;
  }

  private void addGraph(ElkNode parent, StateNode.Graph graph) {
    for (StateNode state : graph.states()) {
      addState(parent, state);
    }
    for (StateNode state : graph.states()) {
      // One line per pair of states: a Next and a catcher to the same state share it.
      Map<String, List<Transition>> byTarget = new LinkedHashMap<>();
      for (Transition t : state.transitions()) {
        byTarget.computeIfAbsent(t.to(), k -> new ArrayList<>()).add(t);
      }
      byTarget.forEach((target, transitions) -> {
        ElkNode to = nodesByName.get(target);
        if (to != null && to.getParent() == parent) {
          edge(parent, nodesByName.get(state.name()), to, transitions);
        }
      });
    }
  }

  private void addState(ElkNode parent, StateNode state) {
    ElkNode node = ElkGraphUtil.createNode(parent);
    nodesByName.put(state.name(), node);
    ids.put(node, state.name());
    double[] size = headerSize(state);
    if (state.children().isEmpty()) {
      node.setDimensions(size[0], size[1]);
      pending.put(node, new Diagram.Box(state.name(), Diagram.BoxKind.STATE, state, 0, 0, size[0], size[1]));
      return;
    }
    configure(node);
    node.setProperty(CoreOptions.PADDING, new ElkPadding(size[1] + 8, 12, 12, 12));
    node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(size[0], size[1] + 40));
    node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
        EnumSet.of(SizeConstraint.MINIMUM_SIZE));
    pending.put(node, new Diagram.Box(state.name(), Diagram.BoxKind.CONTAINER, state, 0, 0, 0, 0));
    if (state.type().equals("Parallel")) {
      // Branches are not connected to each other: as one component they sit side by side, in order.
      node.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
      for (int i = 0; i < state.children().size(); i++) {
        ElkNode branch = ElkGraphUtil.createNode(node);
        configure(branch);
        branch.setProperty(CoreOptions.PADDING, new ElkPadding(22, 10, 10, 10));
        String id = state.name() + " branch " + (i + 1);
        ids.put(branch, id);
        pending.put(branch, new Diagram.Box(id, Diagram.BoxKind.BRANCH, null, 0, 0, 0, 0));
        addGraph(branch, state.children().get(i));
      }
    } else {
      addGraph(node, state.children().get(0));
    }
  }

  /** The box of a plain state, or the header of a container: name, type, extra lines. */
  private double[] headerSize(StateNode state) {
    String badge = content.badge(state);
    double width = TextMetrics.width(state.name(), NAME_SIZE, true)
        + (badge == null ? 0 : TextMetrics.width(badge, LABEL_SIZE, true) + 12);
    width = Math.max(width, TextMetrics.width(state.type(), SMALL_SIZE, false));
    List<String> lines = content.lines(state);
    for (String line : lines) {
      width = Math.max(width, TextMetrics.width(line, SMALL_SIZE, false));
    }
    double height = PAD + NAME_SIZE + 4 + SMALL_SIZE + lines.size() * LINE + PAD;
    return new double[] {Math.max(110, Math.ceil(width + 2 * PAD)), Math.ceil(height)};
  }

  private void edge(ElkNode parent, ElkNode from, ElkNode to, List<Transition> transitions) {
    ElkEdge edge = ElkGraphUtil.createEdge(parent);
    edge.getSources().add(from);
    edge.getTargets().add(to);
    String label = transitions.isEmpty() ? null : content.edgeLabel(transitions);
    if (label != null) {
      ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
      elkLabel.setDimensions(Math.ceil(TextMetrics.width(label, LABEL_SIZE, false) + 10), LABEL_SIZE + 6);
    }
    edges.add(edge);
    edgeTransitions.put(edge, transitions);
  }

  private Diagram collect(ElkNode root) {
    List<Diagram.Box> boxes = new ArrayList<>();
    pending.forEach((node, box) -> {
      double[] at = absolute(node);
      boxes.add(new Diagram.Box(box.id(), box.kind(), box.state(), at[0], at[1], node.getWidth(), node.getHeight()));
    });
    List<Diagram.Edge> out = new ArrayList<>();
    for (ElkEdge edge : edges) {
      // Edge coordinates are relative to the node that contains the edge.
      double[] origin = absolute(edge.getContainingNode());
      List<double[]> points = new ArrayList<>();
      for (ElkEdgeSection section : edge.getSections()) {
        points.add(new double[] {origin[0] + section.getStartX(), origin[1] + section.getStartY()});
        for (ElkBendPoint bend : section.getBendPoints()) {
          points.add(new double[] {origin[0] + bend.getX(), origin[1] + bend.getY()});
        }
        points.add(new double[] {origin[0] + section.getEndX(), origin[1] + section.getEndY()});
      }
      ElkLabel label = edge.getLabels().isEmpty() ? null : edge.getLabels().get(0);
      out.add(new Diagram.Edge(ids.get(ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0))),
          ids.get(ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0))), edgeTransitions.get(edge), points,
          label == null ? null : label.getText(),
          label == null ? 0 : origin[0] + label.getX(), label == null ? 0 : origin[1] + label.getY(),
          label == null ? 0 : label.getWidth(), label == null ? 0 : label.getHeight()));
    }
    return new Diagram(root.getWidth(), root.getHeight(), List.copyOf(boxes), List.copyOf(out));
  }

  private static double[] absolute(ElkNode node) {
    double x = 0;
    double y = 0;
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      x += n.getX();
      y += n.getY();
    }
    return new double[] {x, y};
  }
}
