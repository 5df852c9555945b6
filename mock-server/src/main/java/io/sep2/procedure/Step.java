package io.sep2.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One named step of a procedure: an {@link Event} it waits for while enabled, and the {@link
 * Action}s it runs, in order, when the event fires. The first step is enabled when the procedure
 * starts; the others when an action enables them. A step is complete once removed: by default it
 * removes itself when it fires (before its actions run); a step of a CSIP-AUS file is only removed
 * by a {@code remove-steps} action ({@link #completesWhenFired(boolean)}). Immutable.
 */
public final class Step {

  private final String name;
  private final Event event;
  private final List<Action> actions;
  private final List<String> instructions;
  private final boolean completesWhenFired;

  private Step(
      String name,
      Event event,
      List<Action> actions,
      List<String> instructions,
      boolean completesWhenFired) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a step needs a name");
    }
    this.event = Objects.requireNonNull(event, "event");
    this.actions = List.copyOf(actions);
    this.instructions = List.copyOf(instructions);
    this.completesWhenFired = completesWhenFired;
  }

  /** A step waiting for {@code event}, then running {@code actions}; it completes when it fires. */
  public static Step of(String name, Event event, Action... actions) {
    return new Step(name, event, List.of(actions), List.of(), true);
  }

  /** This step with more actions after its own. */
  public Step then(Action... more) {
    List<Action> all = new ArrayList<>(actions);
    all.addAll(List.of(more));
    return new Step(name, event, all, instructions, completesWhenFired);
  }

  /** This step with text for the operator while it is enabled. */
  public Step instructions(String... text) {
    return new Step(name, event, actions, List.of(text), completesWhenFired);
  }

  /**
   * Whether the step completes when its event fires ({@code true}, the default) or only when an
   * action removes it ({@code false}, as in the CSIP-AUS files; it may then fire again).
   */
  public Step completesWhenFired(boolean completes) {
    return new Step(name, event, actions, instructions, completes);
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The event. */
  public Event event() {
    return event;
  }

  /** The actions, in order. */
  public List<Action> actions() {
    return actions;
  }

  /** Text for the operator. */
  public List<String> instructions() {
    return instructions;
  }

  /** Whether it completes when its event fires. */
  public boolean isCompletedWhenFired() {
    return completesWhenFired;
  }

  @Override
  public String toString() {
    return name + ": on " + event + (actions.isEmpty() ? "" : " do " + actions);
  }
}
