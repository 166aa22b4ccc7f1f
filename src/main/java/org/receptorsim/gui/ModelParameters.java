package org.receptorsim.gui;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.receptorsim.model.CellType;
import org.receptorsim.records.Records;
import org.receptorsim.scenario.Scenario;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The scenario's model parameters as shown in the console's Model tab (MASON inspector). The cell's parameters are
 * derived from the components of {@link CellType}, each shown with its unit, so a new cell parameter appears here
 * without any change to this class. The kinetics are fixed for a run; what can be changed while it runs are the
 * doses in the dosing window and the ligand rings of the display.
 */
public final class ModelParameters implements Propertied {

    private final Scenario scenario;
    private final CellType cell;
    private final CellView view;

    ModelParameters(Scenario scenario, CellType cell, CellView view) {
        this.scenario = scenario;
        this.cell = cell;
        this.view = view;
    }

    /** One row of the Model tab. */
    private record Row(String name, Supplier<Object> value) {
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("LigandRings", view::ligandRings));
        rows.add(new Row("Scenario", scenario::name));
        rows.add(new Row("Ligands", () -> String.join(", ", scenario.ligands().stream().map(l -> l.name())
                .toList())));
        rows.add(new Row("Dt_s", scenario::dtSeconds));
        rows.add(new Row("Duration_s", scenario::durationSeconds));
        rows.add(new Row("Seed", scenario::seed));
        for (RecordComponent c : CellType.class.getRecordComponents()) {
            if (c.getName().equals("sources") || c.getName().equals("description")) {
                continue;
            }
            String name = "cell." + c.getName();
            Object v = Records.get(cell, c.getName());
            rows.add(new Row(name, () -> v instanceof Number || v instanceof Boolean ? v : String.valueOf(v)));
        }
        return rows;
    }

    /** Whether receptors holding a ligand are drawn with a ring (editable). */
    public boolean getLigandRings() {
        return view.ligandRings();
    }

    /** Shows or hides ligand rings. */
    public void setLigandRings(boolean on) {
        view.setLigandRings(on);
    }

    /** Cell type. */
    public String getCellType() {
        return cell.name();
    }

    @Override
    public Properties properties() {
        List<Row> rows = rows();
        return new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isVolatile() {
                return false;
            }

            @Override
            public int numProperties() {
                return rows.size();
            }

            @Override
            public Object getValue(int index) {
                return rows.get(index).value().get();
            }

            @Override
            public boolean isReadWrite(int index) {
                return index == 0;
            }

            @Override
            public String getName(int index) {
                return rows.get(index).name();
            }

            @Override
            public String getDescription(int index) {
                String name = rows.get(index).name();
                if (!name.startsWith("cell.")) {
                    return null;
                }
                String source = cell.sources().get(name.substring(5));
                return source == null ? null : "source: " + source;
            }

            @Override
            public Class<?> getType(int index) {
                Object v = getValue(index);
                return v instanceof Boolean ? Boolean.TYPE : v instanceof Double ? Double.TYPE
                        : v instanceof Integer ? Integer.TYPE : v instanceof Long ? Long.TYPE : String.class;
            }

            @Override
            protected Object _setValue(int index, Object value) {
                if (index == 0) {
                    view.setLigandRings((Boolean) value);
                }
                return getValue(index);
            }
        };
    }
}
