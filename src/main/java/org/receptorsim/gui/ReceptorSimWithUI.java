package org.receptorsim.gui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.pharmacology.InteractiveExposure;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The animated cell in the MASON console: a 2-D display of the receptors in their compartments, live charts, a
 * dosing window, and the scenario's parameters in the Model tab. Receptor positions are computed here, on the GUI
 * side, after each step; the model does not know it is watched (a run with and without the GUI gives the same
 * counts). Double-click a receptor to inspect it.
 */
public final class ReceptorSimWithUI extends GUIState {

    /** How far a drawn receptor travels per displayed step (µm): compartment changes are seen as journeys. */
    static final double TRAVEL_MICROMETRES_PER_STEP = 0.6;

    private final Scenario scenario;
    private final Arm arm;
    private final InteractiveExposure exposure;
    private final CellView view = new CellView();
    private final Continuous2D backgroundField = new Continuous2D(1.0, CellLayout.SIZE, CellLayout.SIZE);
    private final ContinuousPortrayal2D backgroundPortrayal = new ContinuousPortrayal2D();
    private final Continuous2D legendField = new Continuous2D(1.0, CellLayout.SIZE, CellLayout.SIZE);
    private final ContinuousPortrayal2D legendPortrayal = new ContinuousPortrayal2D();
    private Display2D display;
    private JFrame displayFrame;
    private LiveCharts charts;
    private DosingPanel dosing;
    private int recorded;

    /**
     * @param scenario the scenario (naloxone is added to its ligands if absent, for the naloxone button)
     * @param armName the arm to show, or null for the first
     */
    public ReceptorSimWithUI(Scenario scenario, String armName) {
        this(withNaloxone(scenario), armName, true);
    }

    private ReceptorSimWithUI(Scenario scenario, String armName, boolean unused) {
        this(scenario, pick(scenario, armName), interactive(scenario, pick(scenario, armName)));
    }

    private ReceptorSimWithUI(Scenario scenario, Arm arm, InteractiveExposure exposure) {
        super(new CellSimulation(arm.setup(scenario).withExposure(exposure), new RandomStreams(scenario.seed()), 0,
                "arm:" + arm.name()));
        this.scenario = scenario;
        this.arm = arm;
        this.exposure = exposure;
        backgroundField.setObjectLocation(new Object(), CellLayout.CENTRE);
        backgroundPortrayal.setField(backgroundField);
        backgroundPortrayal.setPortrayalForAll(new BackgroundPortrayal());
        legendField.setObjectLocation(new Object(), new sim.util.Double2D(0, 0));
        legendPortrayal.setField(legendField);
        legendPortrayal.setPortrayalForAll(new LegendPortrayal(() -> cell().timeSeconds()));
    }

    private static Arm pick(Scenario scenario, String armName) {
        if (armName == null) {
            return scenario.arms().get(0);
        }
        return scenario.arms().stream().filter(a -> a.name().equals(armName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no arm '" + armName + "'"));
    }

    private static InteractiveExposure interactive(Scenario scenario, Arm arm) {
        CellSetup setup = arm.setup(scenario);
        return new InteractiveExposure(setup.exposure(), scenario.ligands().size());
    }

    static Scenario withNaloxone(Scenario s) {
        if (s.ligands().stream().anyMatch(l -> l.name().equalsIgnoreCase("naloxone"))) {
            return s;
        }
        List<Ligand> ligands = new ArrayList<>(s.ligands());
        ligands.add(Library.bundled().ligand("naloxone").orElseThrow());
        return new Scenario(s.name(), s.description(), s.file(), s.seed(), s.durationSeconds(), s.dtSeconds(),
                s.outputIntervalSeconds(), List.copyOf(ligands), s.arms(), s.forskolin(), s.challenges(), s.engine(),
                s.replicates(), s.variability(), s.sweep());
    }

    /** The window title. */
    public static String getName() {
        return "ReceptorSim";
    }

    /** The simulated cell. */
    public CellSimulation cell() {
        return (CellSimulation) state;
    }

    /** The cell display (for screenshots). */
    public Display2D display() {
        return display;
    }

    /** The frames this GUI opened: display, charts, dosing. */
    public List<JFrame> frames() {
        return List.of(displayFrame, charts.frame(), dosing.frame());
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new ModelParameters(scenario, arm.cell(), view);
    }

    @Override
    public void start() {
        exposure.reset();
        super.start();
        attachPortrayals();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        attachPortrayals();
    }

    private void attachPortrayals() {
        recorded = 0;
        charts.reset();
        view.resetAnimation();
        view.update(cell());
        scheduleRepeatingImmediatelyAfter(st -> {
            view.updateAnimated(cell(), TRAVEL_MICROMETRES_PER_STEP);
            List<CellSnapshot> snaps = cell().snapshots();
            while (recorded < snaps.size()) {
                charts.add(snaps.get(recorded++), cell().readoutNames());
            }
        });
        display.reset();
        display.repaint();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(800, 800, this);
        display.setBackdrop(java.awt.Color.WHITE);
        display.attach(backgroundPortrayal, "Compartments");
        display.attach(view.portrayal(), "Receptors");
        display.attach(legendPortrayal, "Legend and scale bar");
        displayFrame = display.createFrame();
        displayFrame.setTitle("ReceptorSim cell: " + scenario.name() + " (" + arm.name() + ")");
        c.registerFrame(displayFrame);
        displayFrame.setLocation(0, 0);
        displayFrame.setVisible(true);
        charts = new LiveCharts(scenario.ligands().stream().map(Ligand::name).toList());
        c.registerFrame(charts.frame());
        charts.frame().setLocation(displayFrame.getWidth() + 10, 0);
        charts.frame().setVisible(true);
        int naloxone = 0;
        for (int i = 0; i < scenario.ligands().size(); i++) {
            if (scenario.ligands().get(i).name().equalsIgnoreCase("naloxone")) {
                naloxone = i;
            }
        }
        dosing = new DosingPanel(exposure, scenario.ligands().stream().map(Ligand::name).toList(), naloxone);
        c.registerFrame(dosing.frame());
        dosing.frame().setLocation(0, displayFrame.getHeight() + 10);
        dosing.frame().setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {displayFrame, charts == null ? null : charts.frame(),
            dosing == null ? null : dosing.frame()}) {
            if (f != null) {
                f.dispose();
            }
        }
    }

    /** Opens the console on this GUI. */
    public Console openConsole() {
        Console console = new Console(this);
        console.setVisible(true);
        return console;
    }
}
