package org.receptorsim.gui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.pharmacology.InteractiveExposure;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.CellFactory;
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
        this(scenario, pick(scenario, armName), CellFactory.setup(scenario, pick(scenario, armName), 0));
    }

    private ReceptorSimWithUI(Scenario scenario, Arm arm, CellSetup setup) {
        this(scenario, arm, setup, new InteractiveExposure(setup.exposure(), scenario.ligands().size()));
    }

    private ReceptorSimWithUI(Scenario scenario, Arm arm, CellSetup setup, InteractiveExposure exposure) {
        super(CellFactory.cell(scenario, arm, setup.withExposure(exposure), 0));
        this.scenario = scenario;
        this.arm = arm;
        this.exposure = exposure;
        backgroundField.setObjectLocation(new Object(), CellLayout.CENTRE);
        backgroundPortrayal.setField(backgroundField);
        backgroundPortrayal.setPortrayalForAll(new BackgroundPortrayal());
        legendField.setObjectLocation(new Object(), new sim.util.Double2D(0, 0));
        legendPortrayal.setField(legendField);
        legendPortrayal.setPortrayalForAll(new LegendPortrayal(view, () -> cell().timeSeconds()));
    }

    private static Arm pick(Scenario scenario, String armName) {
        if (armName == null) {
            return scenario.arms().get(0);
        }
        return scenario.arms().stream().filter(a -> a.name().equals(armName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no arm '" + armName + "'"));
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

    /** The console's About tab. */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif; margin:8px'>"
                + "<h2>ReceptorSim: the animated cell</h2>"
                + "<p>Every dot is one mu-opioid receptor, coloured by its state (legend, top left): resting, active "
                + "(agonist-bound), GRK-phosphorylated, arrestin-bound (gathered in clathrin-coated pits), "
                + "internalized (in endosomes) and degraded (in the lysosome, fading). Positions are drawn for the "
                + "eye only; the kinetics are those of <tt>receptorsim run</tt> with the same seed.</p>"
                + "<p><b>Play</b> runs the scenario's protocol, one time step per frame; the charts window follows "
                + "it. The <b>dosing</b> window sets a ligand in the bath, starts or stops an infusion, washes out "
                + "or adds naloxone at the next step. <b>Double-click</b> a receptor to inspect it (Inspectors "
                + "tab). The <b>Model</b> tab lists the cell's parameters; <i>LigandRings</i> rings each receptor "
                + "that holds a ligand in that ligand's colour. <b>Stop</b> and <b>Play</b> start the run "
                + "again.</p></body></html>";
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
        return new ModelParameters(scenario, cell().setup().cell(), view);
    }

    @Override
    public void start() {
        exposure.reset();
        super.start();
        attachPortrayals();
        if (controller instanceof Console console) {
            // pause when the protocol ends; pressing pause again plays on (the bath as last set, dosing still works)
            console.setWhenShouldPauseTime(scenario.durationSeconds());
        }
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        attachPortrayals();
    }

    /**
     * Resets the picture and the charts and schedules, on the GUI side, the Steppable that after every model step
     * moves the drawn receptors and feeds new snapshots to the charts. Without a console (tests) only the movement
     * runs.
     */
    private void attachPortrayals() {
        recorded = 0;
        if (charts != null) {
            charts.reset();
        }
        view.resetAnimation();
        view.update(cell());
        scheduleRepeatingImmediatelyAfter(st -> {
            view.updateAnimated(cell(), TRAVEL_MICROMETRES_PER_STEP);
            List<CellSnapshot> snaps = cell().snapshots();
            while (recorded < snaps.size()) {
                CellSnapshot snap = snaps.get(recorded++);
                if (charts != null) {
                    charts.add(snap, cell().readoutNames());
                }
            }
        });
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** The live charts (null before the console opens). */
    LiveCharts charts() {
        return charts;
    }

    /** The cell picture this GUI animates. */
    CellView view() {
        return view;
    }

    /** The dosing actions of this GUI (what the dosing window calls). */
    public InteractiveExposure exposure() {
        return exposure;
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
        java.awt.Rectangle screen = screen();
        displayFrame.setLocation(screen.x, screen.y);
        if (displayFrame.getHeight() > screen.height) {
            displayFrame.setSize(displayFrame.getWidth(), screen.height);
        }
        displayFrame.setVisible(true);
        charts = new LiveCharts(scenario.ligands().stream().map(Ligand::name).toList());
        c.registerFrame(charts.frame());
        int chartsX = screen.x + displayFrame.getWidth() + 10;
        charts.frame().setBounds(chartsX, screen.y, Math.max(380, Math.min(560, screen.x + screen.width - chartsX)),
                Math.max(420, Math.min(720, screen.height / 2 + 100)));
        charts.frame().setVisible(true);
        int naloxone = 0;
        for (int i = 0; i < scenario.ligands().size(); i++) {
            if (scenario.ligands().get(i).name().equalsIgnoreCase("naloxone")) {
                naloxone = i;
            }
        }
        dosing = new DosingPanel(exposure, scenario.ligands().stream().map(Ligand::name).toList(), naloxone);
        c.registerFrame(dosing.frame());
        int dosingY = displayFrame.getHeight() + 10;
        if (dosingY + dosing.frame().getHeight() > screen.height) {
            dosingY = screen.height - dosing.frame().getHeight(); // small screen: over the display's lower left
        }
        dosing.frame().setLocation(screen.x, screen.y + dosingY);
        dosing.frame().setVisible(true);
    }

    /** The usable screen area. */
    private static java.awt.Rectangle screen() {
        return java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
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
        // below the charts, beside the cell
        java.awt.Rectangle screen = screen();
        int x = charts.frame().getX();
        int y = charts.frame().getY() + charts.frame().getHeight() + 10;
        int w = Math.max(360, Math.min(560, screen.x + screen.width - x));
        int h = Math.max(300, Math.min(520, screen.y + screen.height - y));
        console.setBounds(x, Math.min(y, screen.y + screen.height - h), w, h);
        console.setVisible(true);
        return console;
    }
}
