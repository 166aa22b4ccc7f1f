package org.receptorsim.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.receptorsim.assay.MeanFieldAssay;
import org.receptorsim.assay.Pathway;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.LigandSpec;
import org.receptorsim.scenario.Yaml;

/**
 * The model of a data set: the expected response of every observation ({@link MeanFieldAssay}) for values of the
 * free parameters, the ligand's other values taken from a starting ligand. The binding is defined by two of kd,
 * kon and koff: the free ones, completed by the fixed ones in the order kd, koff, kon (so freeing kd alone keeps
 * koff and moves kon; freeing kon alone keeps kd and moves koff).
 */
public final class LigandModel {

    private static final List<FreeParameter> BINDING_ORDER = List.of(FreeParameter.KD, FreeParameter.KOFF,
            FreeParameter.KON);

    /** Binds definitions to ligands as the library does (strict, with units). */
    private static final ObjectMapper MAPPER = Yaml.yamlMapper();

    private final MeanFieldAssay assay;
    private final String cell;
    private final Ligand start;
    private final String name;
    private final List<FreeParameter> free;
    private final List<Observation> data;
    private final Map<Pathway, Group> groups = new EnumMap<>(Pathway.class);
    private final AtomicLong evaluations = new AtomicLong();

    /** The distinct concentrations and read times of one assay and where each observation sits among them. */
    private record Group(double[] molar, double[] seconds, List<int[]> members) {
    }

    /**
     * @param assay the mean-field assays
     * @param cell library cell type the data were measured on
     * @param start the complete ligand whose values start the free parameters and fix the others
     * @param name the fitted ligand's name
     * @param free the free parameters (at most two of kd, kon, koff)
     * @param data the observations (at least one)
     */
    public LigandModel(MeanFieldAssay assay, String cell, Ligand start, String name, List<FreeParameter> free,
                       List<Observation> data) {
        if (free.stream().filter(FreeParameter::binding).count() > 2) {
            throw new IllegalArgumentException("--free: at most two of kd, kon, koff (the third follows from them)");
        }
        this.assay = assay;
        this.cell = cell;
        this.start = start;
        this.name = name;
        this.free = List.copyOf(free);
        this.data = List.copyOf(data);
        for (Pathway p : Pathway.values()) {
            TreeSet<Double> molar = new TreeSet<>();
            TreeSet<Double> seconds = new TreeSet<>();
            for (Observation o : data) {
                if (o.assay() == p) {
                    molar.add(o.molar());
                    seconds.add(o.seconds());
                }
            }
            if (molar.isEmpty()) {
                continue;
            }
            double[] m = molar.stream().mapToDouble(Double::doubleValue).toArray();
            double[] s = seconds.stream().mapToDouble(Double::doubleValue).toArray();
            List<int[]> members = new ArrayList<>();
            for (int k = 0; k < data.size(); k++) {
                Observation o = data.get(k);
                if (o.assay() == p) {
                    members.add(new int[] {k, java.util.Arrays.binarySearch(m, o.molar()),
                        java.util.Arrays.binarySearch(s, o.seconds())});
                }
            }
            groups.put(p, new Group(m, s, members));
        }
    }

    /** The free parameters, in order. */
    public List<FreeParameter> free() {
        return free;
    }

    /** The observations, in order. */
    public List<Observation> data() {
        return data;
    }

    /** The assays of the data, in {@link Pathway} order. */
    public List<Pathway> assays() {
        return List.copyOf(groups.keySet());
    }

    /** The starting ligand. */
    public Ligand start() {
        return start;
    }

    /** The fitted ligand's name. */
    public String name() {
        return name;
    }

    /** The library cell type. */
    public String cell() {
        return cell;
    }

    /** The starting values of the free parameters. */
    public double[] startValues() {
        return free.stream().mapToDouble(p -> p.of(start)).toArray();
    }

    /** Data sets simulated so far (each a mean-field run of every assay of the data). */
    public long evaluations() {
        return evaluations.get();
    }

    /**
     * The ligand definition (scenario format) for values of the free parameters.
     *
     * @param values one per free parameter, in {@link #free()} order and units
     * @return the definition, named {@link #name()}
     */
    public Map<String, Object> definition(double[] values) {
        Map<FreeParameter, Double> v = new EnumMap<>(FreeParameter.class);
        for (FreeParameter p : FreeParameter.values()) {
            v.put(p, p.of(start));
        }
        for (int i = 0; i < free.size(); i++) {
            v.put(free.get(i), values[i]);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        List<FreeParameter> binding = new ArrayList<>(free.stream().filter(FreeParameter::binding).toList());
        for (FreeParameter p : BINDING_ORDER) {
            if (binding.size() < 2 && !binding.contains(p)) {
                binding.add(p);
            }
        }
        for (FreeParameter p : BINDING_ORDER) {
            if (binding.contains(p)) {
                d.put(p.field(), p.definitionValue(v.get(p)));
            }
        }
        for (FreeParameter p : FreeParameter.values()) {
            if (!p.binding()) {
                d.put(p.field(), v.get(p));
            }
        }
        return d;
    }

    /**
     * The complete ligand for values of the free parameters, bound from its definition as the library binds its
     * entries.
     *
     * @param values one per free parameter
     * @return the ligand
     * @throws IllegalArgumentException naming the field, for values a ligand cannot have
     */
    public Ligand ligand(double[] values) {
        return MAPPER.convertValue(definition(values), LigandSpec.class).toLigand();
    }

    /**
     * The expected response of every observation.
     *
     * @param values one per free parameter
     * @return predictions in observation order (assay units)
     */
    public double[] predict(double[] values) {
        evaluations.incrementAndGet();
        Ligand ligand = ligand(values);
        double[] out = new double[data.size()];
        for (Map.Entry<Pathway, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            double[][] r = assay.responses(cell, Map.of(), e.getKey(), ligand, g.molar(), g.seconds());
            for (int[] m : g.members()) {
                out[m[0]] = r[m[1]][m[2]];
            }
        }
        return out;
    }

    /**
     * The expected responses of one assay over a concentration grid at one read time (for a figure).
     *
     * @param values one per free parameter
     * @param pathway the assay
     * @param molar the concentrations
     * @param seconds the read time
     * @return responses, one per concentration
     */
    public double[] curve(double[] values, Pathway pathway, double[] molar, double seconds) {
        double[][] r = assay.responses(cell, Map.of(), pathway, ligand(values), molar,
                new double[] {seconds});
        double[] out = new double[molar.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = r[i][0];
        }
        return out;
    }

    /**
     * The expected time course of one assay at one concentration (for a figure).
     *
     * @param values one per free parameter
     * @param pathway the assay
     * @param molar the concentration
     * @param seconds the times
     * @return responses, one per time
     */
    public double[] timeCourse(double[] values, Pathway pathway, double molar, double[] seconds) {
        return assay.responses(cell, Map.of(), pathway, ligand(values),
                new double[] {molar}, seconds)[0];
    }
}
