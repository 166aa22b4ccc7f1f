package org.receptorsim.gui;

import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.receptorsim.pharmacology.InteractiveExposure;
import org.receptorsim.units.Concentration;

/**
 * The dosing window: pick a ligand and a concentration ("100 nM"), and with several arms the arm (or all arms), then
 * set it in the bath (bolus), start or stop an infusion, wash out, or add naloxone. Actions take effect at the next
 * step of the running cells.
 */
final class DosingPanel {

    private final JFrame frame = new JFrame("ReceptorSim dosing");

    /**
     * @param exposures the arms' exposures as they are now (they change when the console loads a saved simulation)
     * @param arms the arms' names
     * @param ligands the ligands' names
     * @param naloxoneIndex naloxone's index among the ligands
     */
    DosingPanel(java.util.function.Supplier<List<InteractiveExposure>> exposures, List<String> arms,
                List<String> ligands, int naloxoneIndex) {
        List<String> targets = new java.util.ArrayList<>();
        if (arms.size() > 1) {
            targets.add("all arms");
        }
        targets.addAll(arms);
        JComboBox<String> arm = new JComboBox<>(targets.toArray(new String[0]));
        Chosen exposure = new Chosen(exposures, arm, arms.size() > 1);
        JComboBox<String> ligand = new JComboBox<>(ligands.toArray(new String[0]));
        JTextField conc = new JTextField("1 uM", 8);
        JButton bolus = new JButton("Set in bath (bolus)");
        JButton infuse = new JButton("Start infusion");
        JButton stop = new JButton("Stop infusion");
        JButton wash = new JButton("Wash out");
        JButton naloxone = new JButton("Naloxone 10 uM");
        JLabel status = new JLabel("Actions apply at the next step of the running cell.");
        bolus.addActionListener(e -> withConcentration(conc, m -> {
            exposure.setConcentration(ligand.getSelectedIndex(), m);
            status.setText("Bath: " + ligand.getSelectedItem() + " " + conc.getText().strip());
        }));
        infuse.addActionListener(e -> withConcentration(conc, m -> {
            exposure.startInfusion(ligand.getSelectedIndex(), m);
            status.setText("Infusion: + " + conc.getText().strip() + " " + ligand.getSelectedItem());
        }));
        stop.addActionListener(e -> {
            exposure.stopInfusion(ligand.getSelectedIndex());
            status.setText("Infusion of " + ligand.getSelectedItem() + " stopped");
        });
        wash.addActionListener(e -> {
            exposure.washout();
            status.setText("Washed out: every ligand removed");
        });
        naloxone.addActionListener(e -> {
            exposure.setConcentration(naloxoneIndex, 1e-5);
            status.setText("Bath: naloxone 10 uM");
        });
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        if (arms.size() > 1) {
            top.add(new JLabel("arm"));
            top.add(arm);
        }
        top.add(new JLabel("ligand"));
        top.add(ligand);
        top.add(new JLabel("concentration"));
        top.add(conc);
        JPanel buttons = new JPanel(new GridLayout(0, 1));
        buttons.add(top);
        for (JButton b : List.of(bolus, infuse, stop, wash, naloxone)) {
            buttons.add(b);
        }
        buttons.add(status);
        frame.getContentPane().add(buttons);
        frame.pack();
    }

    private void withConcentration(JTextField field, java.util.function.DoubleConsumer action) {
        try {
            action.accept(Concentration.parse(field.getText().strip()).molar());
        } catch (IllegalArgumentException ex) {
            JOptionPane.showMessageDialog(frame, ex.getMessage(), "Concentration", JOptionPane.ERROR_MESSAGE);
        }
    }

    JFrame frame() {
        return frame;
    }

    /** The exposures of the arm chosen in the box (all of them for "all arms"). */
    private record Chosen(java.util.function.Supplier<List<InteractiveExposure>> exposures, JComboBox<String> box,
                          boolean allFirst) {

        private List<InteractiveExposure> targets() {
            int i = box.getSelectedIndex();
            if (allFirst && i == 0) {
                return exposures.get();
            }
            return List.of(exposures.get().get(allFirst ? i - 1 : i));
        }

        void setConcentration(int ligand, double molar) {
            targets().forEach(e -> e.setConcentration(ligand, molar));
        }

        void startInfusion(int ligand, double molarPerSecond) {
            targets().forEach(e -> e.startInfusion(ligand, molarPerSecond));
        }

        void stopInfusion(int ligand) {
            targets().forEach(e -> e.stopInfusion(ligand));
        }

        void washout() {
            targets().forEach(InteractiveExposure::washout);
        }
    }
}
