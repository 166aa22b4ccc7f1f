package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;
import org.receptorsim.units.Quantities;
import org.receptorsim.units.Rate;

/**
 * Changes one model parameter of a resolved scenario, named by a path: {@code cell.<field>} (every arm's cell),
 * {@code ligands.<name>.<field>}, or {@code bath.<ligand>} (every non-zero concentration of that ligand in every
 * arm's bath). Values are given as text with their unit ("0.3 /s", "10 nM") or as plain numbers for dimensionless
 * and count fields. This is what a sweep point is made of.
 */
public final class ScenarioVariant {

    private ScenarioVariant() {
    }

    /**
     * Parses a value for a parameter path, checking the path.
     *
     * @param scenario the scenario the path refers to
     * @param path the parameter path
     * @param text the value as text ("0.3 /s") or a plain number
     * @return the value as the field's type (Rate, Concentration, Double, Integer, ...)
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Object parse(Scenario scenario, String path, String text) {
        return parseAs(typeOf(scenario, path), text);
    }

    /** The ligand fields a sweep may change. */
    static final List<String> LIGAND_FIELDS = List.of("kd", "koff", "kon", "gProteinEfficacy", "grk23Efficacy",
            "grk5Efficacy", "arrestin3Efficacy", "arrestin2Efficacy");

    /**
     * Checks that a path names a parameter this scenario has and that changing it changes something: a known
     * cell field, a ligand of the scenario that binds the receptor, or a ligand set to a non-zero concentration
     * in some arm's bath.
     *
     * @param scenario the scenario the path refers to
     * @param path the parameter path
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkPath(Scenario scenario, String path) {
        typeOf(scenario, path);
        String[] p = path.split("\\.");
        if (p[0].equals("ligands")) {
            Ligand l = scenario.ligands().get(Arm.indexOf(scenario.ligands(), p[1]));
            if (l.releasesTransmitter()) {
                throw new IllegalArgumentException("'" + l.name() + "' is an indirect agonist (it releases "
                        + l.releases() + "): it has no kd, kon, koff or efficacies to sweep");
            }
        } else if (p[0].equals("bath")) {
            boolean present = scenario.arms().stream().flatMap(a -> a.protocol().bath().stream())
                    .filter(s -> s.set() != null).flatMap(s -> s.set().entrySet().stream())
                    .anyMatch(e -> e.getKey().equalsIgnoreCase(p[1]) && e.getValue().molar() > 0);
            if (!present) {
                throw new IllegalArgumentException("'" + p[1] + "' is never set to a concentration > 0 in the bath "
                        + "of any arm, so '" + path + "' would change nothing (bath.<ligand> replaces those "
                        + "concentrations; pharmacokinetic doses are not swept)");
            }
        }
    }

    /** An example value for a path's type, for messages. */
    static String example(Scenario scenario, String path) {
        Class<?> type = typeOf(scenario, path);
        return type == Rate.class ? "'0.02 /s'" : type == Concentration.class ? "'10 nM'"
                : type == AssociationRate.class ? "'5e6 /M/s'" : type == Duration.class ? "'10 min'"
                : type == Integer.class ? "a whole number" : "a plain number";
    }

    /** The Java type of the parameter a path names. */
    static Class<?> typeOf(Scenario scenario, String path) {
        String[] p = path == null ? new String[0] : path.split("\\.", -1);
        if (p.length == 2 && p[0].equals("cell")) {
            return component(CellType.class, p[1]).getType();
        }
        if (p.length == 3 && p[0].equals("ligands")) {
            if (Arm.indexOf(scenario.ligands(), p[1]) < 0) {
                throw new IllegalArgumentException("unknown ligand '" + p[1] + "' in '" + path + "', expected one of "
                        + scenario.ligands().stream().map(Ligand::name).toList());
            }
            if (!LIGAND_FIELDS.contains(p[2])) {
                throw new IllegalArgumentException("'" + p[2] + "' in '" + path + "': expected one of "
                        + String.join(", ", LIGAND_FIELDS));
            }
            return component(Ligand.class, p[2]).getType();
        }
        if (p.length == 2 && p[0].equals("bath")) {
            if (Arm.indexOf(scenario.ligands(), p[1]) < 0) {
                throw new IllegalArgumentException("unknown ligand '" + p[1] + "' in '" + path + "', expected one of "
                        + scenario.ligands().stream().map(Ligand::name).toList());
            }
            return Concentration.class;
        }
        throw new IllegalArgumentException("expected cell.<field>, ligands.<name>.<field> or bath.<ligand>, got '"
                + path + "'");
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name) && !name.equals("name") && !name.equals("description")
                    && !name.equals("sources")) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!List.of("name", "description", "sources", "antagonist", "releases", "releaseEc50")
                    .contains(c.getName()) && (type != Ligand.class || LIGAND_FIELDS.contains(c.getName()))) {
                names.add(c.getName());
            }
        }
        throw new IllegalArgumentException("unknown parameter '" + name + "' of " + type.getSimpleName()
                + ", expected one of " + names);
    }

    private static Object parseAs(Class<?> type, String text) {
        if (type == Rate.class) {
            return Rate.parse(text);
        }
        if (type == Concentration.class) {
            return Concentration.parse(text);
        }
        if (type == AssociationRate.class) {
            return AssociationRate.parse(text);
        }
        if (type == Duration.class) {
            return Duration.parse(text);
        }
        try {
            if (type == Integer.class) {
                return Integer.valueOf(text.strip());
            }
            if (type == Double.class) {
                double v = Double.parseDouble(text.strip());
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a " + (type == Integer.class ? "whole number" : "number")
                    + ", got '" + text + "'");
        }
        throw new IllegalArgumentException("cannot sweep a parameter of type " + type.getSimpleName());
    }

    /** The SI value of a parsed parameter value (for tables and log spacing). */
    public static double si(Object value) {
        if (value instanceof Rate r) {
            return r.perSecond();
        }
        if (value instanceof Concentration c) {
            return c.molar();
        }
        if (value instanceof AssociationRate a) {
            return a.perMolarPerSecond();
        }
        if (value instanceof Duration d) {
            return d.seconds();
        }
        return ((Number) value).doubleValue();
    }

    /** A value of the path's type from an SI number (for ranges between two ends). */
    public static Object fromSi(Scenario scenario, String path, double si) {
        return fromSi(typeOf(scenario, path), si);
    }

    /**
     * A value of a parameter type (Rate, Concentration, AssociationRate, Duration, Integer rounded, Double) from
     * an SI number.
     */
    public static Object fromSi(Class<?> type, double si) {
        if (type == Rate.class) {
            return new Rate(si);
        }
        if (type == Concentration.class) {
            return new Concentration(si);
        }
        if (type == AssociationRate.class) {
            return new AssociationRate(si);
        }
        if (type == Duration.class) {
            return new Duration(si);
        }
        if (type == Integer.class) {
            return (int) Math.round(si);
        }
        return si;
    }

    /**
     * The scenario with one parameter changed.
     *
     * @param scenario the scenario
     * @param path the parameter path
     * @param value the new value, of the path's type
     * @return the changed scenario (checked: completed cell and ligands)
     */
    public static Scenario with(Scenario scenario, String path, Object value) {
        String[] p = path.split("\\.");
        typeOf(scenario, path);
        switch (p[0]) {
            case "cell" -> {
                List<Arm> arms = new ArrayList<>();
                for (Arm a : scenario.arms()) {
                    CellType cell = RecordTrees.bind(RecordTrees.changed(a.cell(), p[1], value,
                            RecordTrees.SCENARIO_OVERRIDE), CellType.class);
                    arms.add(new Arm(a.name(), a.description(), cell, a.protocol(), a.adaptations()));
                }
                return copy(scenario, scenario.ligands(), arms);
            }
            case "ligands" -> {
                List<Ligand> ligands = new ArrayList<>(scenario.ligands());
                int i = Arm.indexOf(ligands, p[1]);
                ligands.set(i, changed(ligands.get(i), p[2], value, "sweep"));
                return copy(scenario, ligands, scenario.arms());
            }
            default -> {
                double molar = ((Concentration) value).molar();
                List<Arm> arms = new ArrayList<>();
                for (Arm a : scenario.arms()) {
                    List<BathStep> steps = new ArrayList<>();
                    for (BathStep s : a.protocol().bath()) {
                        LinkedHashMap<String, Concentration> set = s.set() == null ? null : new LinkedHashMap<>();
                        if (s.set() != null) {
                            s.set().forEach((k, v) -> set.put(k, k.equalsIgnoreCase(p[1]) && v.molar() > 0
                                    ? new Concentration(molar) : v));
                        }
                        steps.add(new BathStep(s.at(), s.washout(), set));
                    }
                    arms.add(new Arm(a.name(), a.description(), a.cell(),
                            new ProtocolSpec(steps, a.protocol().pharmacokinetics()), a.adaptations()));
                }
                return copy(scenario, scenario.ligands(), arms);
            }
        }
    }

    /**
     * A complete ligand with one field changed. Binding keeps the other two of Kd, kon, koff consistent: a new Kd
     * or koff keeps koff or Kd and derives kon; a new kon keeps koff and derives Kd.
     *
     * @param base the complete ligand
     * @param field a field of {@link #LIGAND_FIELDS}
     * @param value the new value, of the field's type
     * @param why what the changed field's source becomes (e.g. "sweep")
     * @return the changed ligand, completed (checked)
     */
    static Ligand changed(Ligand base, String field, Object value, String why) {
        ObjectNode tree = RecordTrees.changed(base, field, value, why);
        if (List.of("kd", "koff", "kon").contains(field)) {
            String derived = field.equals("kon") ? "kd" : "kon";
            tree.remove(derived);
            ((ObjectNode) tree.get("sources")).put(derived, "derived from the changed " + field);
        }
        return RecordTrees.bind(tree, LigandSpec.class).toLigand();
    }

    private static Scenario copy(Scenario s, List<Ligand> ligands, List<Arm> arms) {
        return new Scenario(s.name(), s.description(), s.file(), s.seed(), s.durationSeconds(), s.dtSeconds(),
                s.outputIntervalSeconds(), List.copyOf(ligands), List.copyOf(arms), s.forskolin(), s.challenges(),
                s.engine(), s.replicates(), s.variability(), s.sweep());
    }

    /** A short label of a value with its unit, for tables. */
    public static String label(Object value) {
        if (value instanceof Double d) {
            return Quantities.trim(String.format(Locale.ROOT, "%.4g", d));
        }
        return String.valueOf(value);
    }
}
