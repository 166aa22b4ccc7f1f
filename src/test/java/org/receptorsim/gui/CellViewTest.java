package org.receptorsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.cli.ReceptorSimCommand;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.Receptor;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.simulation.CellFactory;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;

/** Headless rendering: receptors appear in their state's colour where the layout puts them; snapshots are written. */
class CellViewTest {

    private static Scenario scenario() {
        return new ScenarioLoader(Library.bundled()).parse("view.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 600}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}]}
                duration: 20 min
                dt: 1 s
                outputInterval: 1 min
                seed: 3
                """);
    }

    private static int rgb(ReceptorState s) {
        return StateColors.of(s).getRGB() & 0xFFFFFF;
    }

    /** At the pixel where each receptor is drawn, the picture has its state's colour. */
    @Test
    void receptorPixelsHaveTheirStateColour() {
        Scenario s = scenario();
        CellSimulation cell = new CellSimulation(s.arms().get(0).setup(s), new RandomStreams(3), 0, "view");
        cell.start();
        int size = 900;
        BufferedImage start = new CellView().render(cell, size);
        for (Receptor r : cell.receptors()) {
            var p = CellView.toPixels(CellLayout.position(r, cell.timeSeconds()), size);
            assertEquals(rgb(ReceptorState.RESTING), start.getRGB((int) p.x, (int) p.y) & 0xFFFFFF);
        }
        cell.advanceTo(900);
        BufferedImage later = new CellView().render(cell, size);
        int checked = 0;
        for (Receptor r : cell.receptors()) {
            ReceptorState st = r.getState();
            if (st == ReceptorState.INTERNALIZED || st == ReceptorState.ARRESTIN_BOUND) {
                var p = CellView.toPixels(CellLayout.position(r, cell.timeSeconds()), size);
                assertEquals(rgb(st), later.getRGB((int) p.x, (int) p.y) & 0xFFFFFF, st + " receptor " + r.getId());
                checked++;
            }
        }
        assertTrue(checked > 50, "internalized and arrestin-bound receptors present: " + checked);
    }

    /** With ligand rings on, a receptor holding DAMGO (the run's first ligand) is ringed in DAMGO's colour. */
    @Test
    void boundReceptorsGetARingInTheirLigandsColour() {
        Scenario s = new ScenarioLoader(Library.bundled()).parse("rings.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 20}
                ligands: [DAMGO, morphine]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}]}
                duration: 2 min
                seed: 5
                """);
        CellSimulation cell = new CellSimulation(s.arms().get(0).setup(s), new RandomStreams(5), 0, "rings");
        cell.start();
        cell.advanceTo(60);
        int size = 900;
        CellView view = new CellView();
        view.setLigandRings(true);
        BufferedImage image = view.render(cell, size);
        int ringed = 0;
        for (Receptor r : cell.receptors()) {
            var p = CellView.toPixels(CellLayout.position(r, cell.timeSeconds()), size);
            int x = (int) Math.round(p.x);
            int y = (int) Math.round(p.y);
            assertEquals(rgb(r.getState()), image.getRGB(x, y) & 0xFFFFFF, "dot of receptor " + r.getId());
            if (r.getLigand().equals("DAMGO")) {
                int ring = StateColors.ligand(0).getRGB() & 0xFFFFFF;
                assertEquals(ring, image.getRGB(x + 5, y) & 0xFFFFFF, "ring of receptor " + r.getId());
                assertEquals(ring, image.getRGB(x, y - 5) & 0xFFFFFF, "ring of receptor " + r.getId());
                ringed++;
            }
        }
        assertTrue(ringed >= 10, "receptors holding DAMGO: " + ringed);
    }

    /** Drawing never changes results: a cell pictured on the way ends like a cell never pictured. */
    @Test
    void viewingDoesNotChangeResults() {
        Scenario s = scenario();
        List<CellSnapshot> plain = ScenarioRunner.run(s).get(0).snapshots();
        CellSimulation cell = CellFactory.cell(s, s.arms().get(0), 0);
        cell.start();
        CellView view = new CellView();
        for (double t = 0; t <= 1200; t += 60) {
            cell.advanceTo(t);
            view.render(cell, 200);
        }
        List<CellSnapshot> viewed = cell.snapshots();
        assertEquals(plain.size(), viewed.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(java.util.Arrays.toString(plain.get(i).stateCounts()),
                    java.util.Arrays.toString(viewed.get(i).stateCounts()));
        }
    }

    /** `snapshot` writes one PNG per requested time and per frame. */
    @Test
    void snapshotCommandWritesFrames(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("snap");
        int code = ReceptorSimCommand.execute(new String[] {"snapshot", "scenarios/damgo-desensitization.yaml",
            "--at", "0,300,1800", "--frames", "2", "--size", "300", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        try (Stream<Path> files = Files.list(out)) {
            List<Path> pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
            assertEquals(4, pngs.size(), "0, 300, 1800 s and the last frame (0 s twice is one frame)");
        }
    }
}
