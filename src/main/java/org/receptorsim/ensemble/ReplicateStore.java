package org.receptorsim.ensemble;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ChallengeCurve;
import org.receptorsim.model.ChallengePlan;
import org.receptorsim.model.SignalReadouts;
import org.receptorsim.pharmacology.ExposureQuantity;

/**
 * Finished replicates on disk, one compressed binary file each, written to a temporary name and renamed into place:
 * a replicate file exists only once it is complete, so an interrupted ensemble resumes by skipping the replicates
 * that have one. Values are stored as IEEE doubles, so a resumed ensemble aggregates exactly the same numbers. A file
 * of an earlier format does not read ({@link #isReadable}), so a resumed ensemble computes that replicate again.
 */
final class ReplicateStore {

    /**
     * File format 3: an arm lists its exposure's extra quantities (column, unit, description), and each snapshot
     * stores its {@link SignalReadouts#values()} (format 2 stored the readouts' column names only).
     */
    private static final int MAGIC = 0x52535233;

    /** Longest array a replicate file holds (states, readouts, ligands, concentrations of a curve). */
    private static final int MAX_ARRAY = 1 << 16;
    /** Ending of a replicate file being written. */
    private static final String UNFINISHED = ".tmp";

    private final Path directory;

    ReplicateStore(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
    }

    Path file(int replicate) {
        return directory.resolve(fileName(replicate));
    }

    static String fileName(int replicate) {
        return String.format(Locale.ROOT, "r%06d.bin.gz", replicate);
    }

    boolean has(int replicate) {
        return Files.exists(file(replicate));
    }

    void write(int replicate, List<ArmResult> results) throws IOException {
        Path target = file(replicate);
        Path tmp = Files.createTempFile(directory, target.getFileName() + ".", UNFINISHED);
        try (OutputStream os = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os)))) {
            out.writeInt(MAGIC);
            out.writeInt(results.size());
            for (ArmResult r : results) {
                out.writeUTF(r.arm());
                List<ExposureQuantity> exposure = r.exposureQuantities();
                out.writeInt(exposure.size());
                for (ExposureQuantity q : exposure) {
                    out.writeUTF(q.column());
                    out.writeUTF(q.unit());
                    out.writeUTF(q.description());
                }
                out.writeInt(r.snapshots().size());
                for (CellSnapshot s : r.snapshots()) {
                    out.writeDouble(s.timeSeconds());
                    writeLongs(out, s.stateCounts());
                    out.writeLong(s.synthesized());
                    writeDoubles(out, s.readouts().values());
                    writeDoubles(out, s.concentrationsMolar());
                }
                out.writeInt(r.challengeCurves().size());
                for (ChallengeCurve c : r.challengeCurves()) {
                    out.writeDouble(c.timeSeconds());
                    out.writeUTF(c.ligand());
                    writeDoubles(out, c.concentrationsMolar());
                    writeDoubles(out, c.responses());
                    out.writeInt(c.readout().ordinal());
                }
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    List<ArmResult> read(int replicate) throws IOException {
        try (InputStream is = Files.newInputStream(file(replicate));
             DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file(replicate) + ": not a replicate file of this version (delete the run's directory to start again)");
            }
            int arms = in.readInt();
            List<ArmResult> out = new ArrayList<>(Math.min(arms, 64));
            for (int a = 0; a < arms; a++) {
                String arm = in.readUTF();
                int nq = length(in);
                List<ExposureQuantity> exposure = new ArrayList<>(Math.min(nq, 64));
                for (int i = 0; i < nq; i++) {
                    exposure.add(new ExposureQuantity(in.readUTF(), in.readUTF(), in.readUTF()));
                }
                int ns = in.readInt();
                List<CellSnapshot> snaps = new ArrayList<>(Math.min(ns, 4096));
                for (int i = 0; i < ns; i++) {
                    double t = in.readDouble();
                    long[] counts = readLongs(in);
                    long synthesized = in.readLong();
                    SignalReadouts readouts = readouts(in, exposure);
                    snaps.add(new CellSnapshot(t, counts, synthesized, readouts, readDoubles(in)));
                }
                int nc = in.readInt();
                List<ChallengeCurve> curves = new ArrayList<>(Math.min(nc, 64));
                for (int i = 0; i < nc; i++) {
                    curves.add(new ChallengeCurve(in.readDouble(), in.readUTF(), readDoubles(in), readDoubles(in),
                            ChallengePlan.Readout.values()[in.readInt()]));
                }
                out.add(new ArmResult(arm, snaps, curves));
            }
            return out;
        }
    }

    /** True if a replicate's file reads back whole (not empty, not cut short or damaged, of this format). */
    boolean isReadable(int replicate) {
        try {
            read(replicate);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes files of replicates that were being written when the run stopped. */
    void deleteUnfinished() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(UNFINISHED) || name.contains(".tmp-")) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Deletes every replicate file (after aggregation, unless they are kept). */
    void deleteAll() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(directory);
    }

    private static SignalReadouts readouts(DataInputStream in, List<ExposureQuantity> exposure) throws IOException {
        double[] values = readDoubles(in);
        try {
            return SignalReadouts.fromValues(values, exposure);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged replicate file: " + e.getMessage(), e);
        }
    }

    private static void writeLongs(DataOutputStream out, long[] v) throws IOException {
        out.writeInt(v.length);
        for (long x : v) {
            out.writeLong(x);
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] v) throws IOException {
        out.writeInt(v.length);
        for (double x : v) {
            out.writeDouble(x);
        }
    }

    /** An array length, checked so that a damaged file cannot ask for a huge array. */
    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ARRAY) {
            throw new IOException("damaged replicate file: array length " + n);
        }
        return n;
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] v = new long[length(in)];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readLong();
        }
        return v;
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] v = new double[length(in)];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }
}
