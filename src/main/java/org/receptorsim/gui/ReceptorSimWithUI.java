package org.receptorsim.gui;

import java.awt.Rectangle;
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
import org.receptorsim.random.RandomStreams;
import org.receptorsim.simulation.ArmsSimulation;
import org.receptorsim.simulation.CellFactory;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The animated cells in the MASON console: one 2-D display per arm shown (side by side, all driven by one schedule,
 * {@link ArmsSimulation}), live charts overlaying the arms, a dosing window, and the first arm's parameters in the
 * Model tab. Receptors are drawn as soon as the windows open, before the first step. Receptor positions are computed
 * here, on the GUI side, after each step; the model does not know it is watched (a run with and without the GUI
 * gives the same counts). Double-click a receptor to inspect it. The windows are tiled over the screen on start.
 */
public final class ReceptorSimWithUI extends GUIState {

    /** How far a drawn receptor travels per displayed step (µm): compartment changes are seen as journeys. */
    static final double TRAVEL_MICROMETRES_PER_STEP = 0.6;

    /** Frames per second the displays aim at when playing fast. */
    private static final double FRAMES_PER_SECOND = 30;

    /** One arm shown: its cell, dosing, picture and display. */
    private static final class ArmPanel {
        final Arm arm;
        CellSimulation cell;
        InteractiveExposure exposure;
        final CellView view = new CellView();
        final ContinuousPortrayal2D background = new ContinuousPortrayal2D();
        final ContinuousPortrayal2D legend = new ContinuousPortrayal2D();
        CellDisplay display;
        JFrame frame;
        int recorded;

        ArmPanel(Scenario scenario, Arm arm) {
            this.arm = arm;
            CellSetup setup = CellFactory.setup(scenario, arm, 0);
            this.exposure = new InteractiveExposure(setup.exposure(), scenario.ligands().size());
            this.cell = CellFactory.cell(scenario, arm, setup.withExposure(exposure), 0);
            Continuous2D backgroundField = new Continuous2D(1.0, CellLayout.SIZE, CellLayout.SIZE);
            backgroundField.setObjectLocation(new Object(), CellLayout.CENTRE);
            background.setField(backgroundField);
            background.setPortrayalForAll(new BackgroundPortrayal());
            Continuous2D legendField = new Continuous2D(1.0, CellLayout.SIZE, CellLayout.SIZE);
            legendField.setObjectLocation(new Object(), new Double2D(0, 0));
            legend.setField(legendField);
            legend.setPortrayalForAll(new LegendPortrayal(view, () -> this.cell.timeSeconds(), arm.name()));
        }
    }

    private final Scenario scenario;
    private final List<ArmPanel> panels;
    private LiveCharts charts;
    private DosingPanel dosing;

    /**
     * @param scenario the scenario (naloxone is added to its ligands if absent, for the naloxone button)
     * @param armName the arm to show, or null for the first
     */
    public ReceptorSimWithUI(Scenario scenario, String armName) {
        this(scenario, armName == null ? List.of(scenario.arms().get(0).name()) : List.of(armName));
    }

    /**
     * @param scenario the scenario (naloxone is added to its ligands if absent, for the naloxone button)
     * @param armNames the arms to show side by side, in order
     */
    public ReceptorSimWithUI(Scenario scenario, List<String> armNames) {
        this(withNaloxone(scenario), pick(scenario, armNames), true);
    }

    private ReceptorSimWithUI(Scenario scenario, List<Arm> arms, boolean unused) {
        this(scenario, arms.stream().map(a -> new ArmPanel(scenario, a)).toArray(ArmPanel[]::new));
    }

    private ReceptorSimWithUI(Scenario scenario, ArmPanel[] panels) {
        super(new ArmsSimulation(new RandomStreams(scenario.seed()).seed("gui/mason", 0),
                java.util.Arrays.stream(panels).map(p -> p.arm.name()).toList(),
                java.util.Arrays.stream(panels).map(p -> p.cell).toList(), scenario.dtSeconds(), null));
        this.scenario = scenario;
        this.panels = List.of(panels);
    }

    private static List<Arm> pick(Scenario scenario, List<String> armNames) {
        if (armNames.isEmpty()) {
            throw new IllegalArgumentException("no arm to show");
        }
        List<Arm> arms = new ArrayList<>();
        for (String name : armNames) {
            arms.add(scenario.arms().stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no arm '" + name + "'")));
        }
        return arms;
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
                + "(agonist-bound), GRK-phosphorylated, desensitized (long-lived, uncoupled, at the surface), "
                + "arrestin-bound (gathered in clathrin-coated pits), "
                + "internalized (in endosomes) and degraded (in the lysosome, fading). Positions are drawn for the "
                + "eye only; the kinetics are those of <tt>receptorsim run</tt> with the same seed.</p>"
                + "<p>With <tt>--arms all</tt> the arms' cells run side by side on one schedule, and each chart "
                + "overlays the arms.</p>"
                + "<p><b>Play</b> runs the scenario's protocol, one time step per frame; the charts window follows "
                + "it. The <b>dosing</b> window sets a ligand in the bath of one arm or all, starts or stops an "
                + "infusion, washes out or adds naloxone at the next step. <b>Double-click</b> a receptor to inspect "
                + "it (Inspectors tab). The <b>Model</b> tab lists the first arm's cell parameters; "
                + "<i>LigandRings</i> rings each receptor that holds a ligand in that ligand's colour. <b>Stop</b> and "
                + "<b>Play</b> start the run again.</p></body></html>";
    }

    /** The first arm's cell. */
    public CellSimulation cell() {
        return panels.get(0).cell;
    }

    /** The cell of arm number {@code i} (in the order shown). */
    public CellSimulation cell(int i) {
        return panels.get(i).cell;
    }

    /** Number of arms shown. */
    public int armCount() {
        return panels.size();
    }

    /** The first arm's cell display (for screenshots). */
    public Display2D display() {
        return panels.get(0).display;
    }

    /** The display of arm number {@code i}. */
    public Display2D display(int i) {
        return panels.get(i).display;
    }

    /** The frames this GUI opened: one display per arm, then charts and dosing. */
    public List<JFrame> frames() {
        List<JFrame> f = new ArrayList<>();
        panels.forEach(p -> f.add(p.frame));
        f.add(charts.frame());
        f.add(dosing.frame());
        return f;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new ModelParameters(scenario, cell().setup().cell(), panels.get(0).view);
    }

    @Override
    public void start() {
        panels.forEach(p -> p.exposure.reset());
        super.start();
        attachPortrayals();
        if (controller instanceof Console console) {
            // pause when the protocol ends; pressing pause again plays on (the bath as last set, dosing still works)
            console.setWhenShouldPauseTime(scenario.durationSeconds()); // the schedule's time is the cells' time
        }
    }

    /**
     * A saved simulation this console can show: one saved from a console (its cells dosed through the dosing window)
     * with the same arms, in the same order. A checkpoint of {@code run} is resumed with {@code run --resume-from}.
     */
    @Override
    public boolean validSimState(SimState s) {
        return s instanceof ArmsSimulation arms
                && arms.arms().equals(panels.stream().map(p -> p.arm.name()).toList())
                && arms.cells().stream().allMatch(c -> c.setup().exposure() instanceof InteractiveExposure);
    }

    /**
     * Shows a simulation read back from a checkpoint (the console's Open): each arm's display, charts and dosing
     * follow the loaded cell, which goes on from where it was saved, the bath as it was then set.
     */
    @Override
    public void load(SimState s) {
        super.load(s);
        List<CellSimulation> cells = ((ArmsSimulation) s).cells();
        for (int a = 0; a < panels.size(); a++) {
            ArmPanel p = panels.get(a);
            p.cell = cells.get(a);
            p.exposure = (InteractiveExposure) p.cell.setup().exposure();
        }
        if (controller instanceof Console console) {
            console.setWhenShouldPauseTime(scenario.durationSeconds());
        }
        attachPortrayals();
    }

    /**
     * Resets the pictures and the charts and schedules, on the GUI side, the Steppable that after every model step
     * moves the drawn receptors and feeds new snapshots to the charts. Without a console (tests) only the movement
     * runs.
     */
    private void attachPortrayals() {
        if (charts != null) {
            charts.reset();
        }
        for (ArmPanel p : panels) {
            p.recorded = 0;
            p.view.resetAnimation();
            p.view.update(p.cell);
        }
        scheduleRepeatingImmediatelyAfter(st -> {
            for (int a = 0; a < panels.size(); a++) {
                ArmPanel p = panels.get(a);
                p.view.updateAnimated(p.cell, TRAVEL_MICROMETRES_PER_STEP);
                List<CellSnapshot> snaps = p.cell.snapshots();
                while (p.recorded < snaps.size()) {
                    CellSnapshot snap = snaps.get(p.recorded++);
                    if (charts != null) {
                        charts.add(a, snap);
                    }
                }
            }
        });
        repaintDisplays();
    }

    private void repaintDisplays() {
        for (ArmPanel p : panels) {
            if (p.display != null) {
                p.display.reset();
                p.display.repaint();
            }
        }
    }

    /** The live charts (null before the console opens). */
    LiveCharts charts() {
        return charts;
    }

    /** The first arm's cell picture. */
    CellView view() {
        return panels.get(0).view;
    }

    /** The picture of arm number {@code i}. */
    CellView view(int i) {
        return panels.get(i).view;
    }

    /** The first arm's dosing actions. */
    public InteractiveExposure exposure() {
        return panels.get(0).exposure;
    }

    /** The dosing actions of arm number {@code i}. */
    public InteractiveExposure exposure(int i) {
        return panels.get(i).exposure;
    }

    /**
     * Opens the windows, tiled: the arms' displays side by side along the top left, the charts down the right,
     * console and dosing under the displays. The cells are set up at once, so their receptors show before Play.
     */
    @Override
    public void init(Controller c) {
        super.init(c);
        Rectangle screen = screen();
        int n = panels.size();
        int chartsWidth = Math.max(380, Math.min(620, (int) (screen.width * 0.36)));
        int below = 330; // room for the console under the displays
        int frameExtra = 70; // a display frame's title bar, tool bar and borders beyond its picture
        int sideExtra = 30; // its borders and scroll bar beside the picture
        int slot = (screen.width - chartsWidth) / n - 4;
        int size = Math.max(240, Math.min(800, Math.min(slot - sideExtra, screen.height - below - frameExtra)));
        for (int a = 0; a < n; a++) {
            ArmPanel p = panels.get(a);
            p.cell.start(); // receptors in place before the first step
            p.view.update(p.cell);
            p.display = new CellDisplay(size, size, this);
            p.display.setBackdrop(java.awt.Color.WHITE);
            p.display.attach(p.background, "Compartments");
            p.display.attach(p.view.portrayal(), "Receptors");
            p.display.attach(p.legend, "Legend and scale bar");
            p.frame = p.display.createFrame();
            p.frame.setTitle("ReceptorSim cell: " + scenario.name() + " (" + p.arm.name() + ")");
            c.registerFrame(p.frame);
            int width = Math.min(p.frame.getWidth(), slot);
            p.frame.setBounds(screen.x + a * (width + 4), screen.y, width,
                    Math.min(p.frame.getHeight(), screen.height - below));
            p.frame.setVisible(true);
        }
        int displaysRight = panels.get(n - 1).frame.getX() + panels.get(n - 1).frame.getWidth();
        charts = new LiveCharts(panels.stream().map(p -> p.arm.name()).toList(),
                scenario.ligands().stream().map(Ligand::name).toList(), scenario.durationSeconds());
        c.registerFrame(charts.frame());
        int chartsX = Math.max(displaysRight + 4, screen.x + screen.width - chartsWidth);
        charts.frame().setBounds(chartsX, screen.y, screen.x + screen.width - chartsX, screen.height);
        charts.frame().setVisible(true);
        int naloxone = 0;
        for (int i = 0; i < scenario.ligands().size(); i++) {
            if (scenario.ligands().get(i).name().equalsIgnoreCase("naloxone")) {
                naloxone = i;
            }
        }
        dosing = new DosingPanel(() -> panels.stream().map(p -> p.exposure).toList(),
                panels.stream().map(p -> p.arm.name()).toList(),
                scenario.ligands().stream().map(Ligand::name).toList(), naloxone);
        c.registerFrame(dosing.frame());
        placeDosing();
        dosing.frame().setVisible(true);
        repaintDisplays();
    }

    /** The dosing window under the displays, left of the charts. */
    private void placeDosing() {
        int displaysBottom = panels.stream().mapToInt(p -> p.frame.getY() + p.frame.getHeight()).max().orElse(0);
        int chartsX = charts.frame().getX();
        dosing.frame().setLocation(Math.max(screen().x, chartsX - dosing.frame().getWidth() - 4), displaysBottom + 4);
    }

    /** The usable screen area. */
    private static Rectangle screen() {
        return java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    @Override
    public void quit() {
        super.quit();
        List<JFrame> open = new ArrayList<>();
        panels.forEach(p -> open.add(p.frame));
        open.add(charts == null ? null : charts.frame());
        open.add(dosing == null ? null : dosing.frame());
        for (JFrame f : open) {
            if (f != null) {
                f.dispose();
            }
        }
    }

    /**
     * Sets how fast the console plays: at most {@code simulatedSecondsPerSecond} of simulated time per second of
     * wall time (a pause after each step), with the displays redrawn at most about 30 times a second.
     *
     * @param console the console
     * @param simulatedSecondsPerSecond simulated seconds per wall second (&gt; 0)
     */
    public void setSpeed(Console console, double simulatedSecondsPerSecond) {
        double stepsPerSecond = simulatedSecondsPerSecond / scenario.dtSeconds();
        console.setPlaySleep(Math.max(0, Math.round(1000 / stepsPerSecond)));
        long every = Math.max(1, (long) Math.ceil(stepsPerSecond / FRAMES_PER_SECOND));
        panels.forEach(p -> p.display.redrawEvery(every));
    }

    /**
     * Opens the console on a scenario's arms, as {@code receptorsim gui} does (call on the Swing thread).
     *
     * @param scenario the scenario
     * @param arms the arms to show side by side
     * @param play start playing at once
     * @param speed simulated seconds per wall second at most, or null for as fast as the displays allow
     * @return the GUI, its console open
     */
    public static ReceptorSimWithUI open(Scenario scenario, List<String> arms, boolean play, Double speed) {
        ReceptorSimWithUI gui = new ReceptorSimWithUI(scenario, arms);
        Console console = gui.openConsole();
        if (speed != null) {
            gui.setSpeed(console, speed);
        }
        if (play) {
            console.pressPlay();
        }
        return gui;
    }

    /** The console (null before {@link #openConsole()}). */
    public Console console() {
        return controller instanceof Console c ? c : null;
    }

    /** Opens the console on this GUI, under the displays and left of the dosing window. */
    public Console openConsole() {
        Console console = new Console(this);
        placeDosing(); // again: the console may have moved the windows it was given
        Rectangle screen = screen();
        int y = panels.stream().mapToInt(p -> p.frame.getY() + p.frame.getHeight()).max().orElse(0) + 4;
        int right = dosing.frame().getX() - 4;
        int w = Math.max(300, Math.min(560, right - screen.x));
        int h = Math.max(260, Math.min(520, screen.y + screen.height - y));
        console.setBounds(screen.x, Math.min(y, screen.y + screen.height - h), w, h);
        console.setVisible(true);
        return console;
    }
}
