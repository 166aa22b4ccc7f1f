#!/usr/bin/env python3
"""Checks an SBML file with tools independent of ReceptorSim: libSBML validates it with every consistency check,
then its reactions (kinetic laws), assignment and rate rules and events are read with libSBML and integrated with
SciPy.

    sbml_check.py validate MODEL.xml
        prints one line per issue and "errors=N warnings=M"; exit 1 if any error or fatal issue
    sbml_check.py simulate MODEL.xml --end S --step S --out CSV [--reference CSV --plot PNG --columns A,B,...]
        writes time and every species and rule variable at 0, step, 2*step, ... end; with --reference (a CSV with
        the same time column) and --plot, draws the listed columns of both
"""
import argparse
import csv
import math
import sys

import libsbml
import numpy as np
from scipy.integrate import solve_ivp

CATEGORIES = [
    libsbml.LIBSBML_CAT_GENERAL_CONSISTENCY,
    libsbml.LIBSBML_CAT_IDENTIFIER_CONSISTENCY,
    libsbml.LIBSBML_CAT_UNITS_CONSISTENCY,
    libsbml.LIBSBML_CAT_MATHML_CONSISTENCY,
    libsbml.LIBSBML_CAT_SBO_CONSISTENCY,
    libsbml.LIBSBML_CAT_OVERDETERMINED_MODEL,
    libsbml.LIBSBML_CAT_MODELING_PRACTICE,
]


def read(path):
    doc = libsbml.readSBMLFromFile(path)
    if doc.getNumErrors(libsbml.LIBSBML_SEV_ERROR) + doc.getNumErrors(libsbml.LIBSBML_SEV_FATAL) > 0:
        doc.printErrors()
        sys.exit(f"{path}: libSBML could not read the file")
    return doc


def validate(path):
    doc = read(path)
    for category in CATEGORIES:
        doc.setConsistencyChecks(category, True)
    doc.checkInternalConsistency()
    doc.checkConsistency()
    errors = warnings = 0
    for i in range(doc.getNumErrors()):
        e = doc.getError(i)
        if e.getSeverity() >= libsbml.LIBSBML_SEV_ERROR:
            errors += 1
        else:
            warnings += 1
        print(f"{e.getSeverityAsString()} {e.getErrorId()} line {e.getLine()}: {e.getShortMessage()}")
    print(f"level={doc.getLevel()} version={doc.getVersion()} species={doc.getModel().getNumSpecies()} "
          f"reactions={doc.getModel().getNumReactions()} events={doc.getModel().getNumEvents()} "
          f"rules={doc.getModel().getNumRules()} errors={errors} warnings={warnings}")
    return 1 if errors else 0


RELATIONAL = {libsbml.AST_RELATIONAL_GEQ: ">=", libsbml.AST_RELATIONAL_GT: ">",
              libsbml.AST_RELATIONAL_LEQ: "<=", libsbml.AST_RELATIONAL_LT: "<",
              libsbml.AST_RELATIONAL_EQ: "==", libsbml.AST_RELATIONAL_NEQ: "!="}


def expression(node):
    """Python source of a MathML expression: names become v['id'], time is t."""
    k = node.getType()
    kids = [expression(node.getChild(i)) for i in range(node.getNumChildren())]
    if k in (libsbml.AST_INTEGER, libsbml.AST_REAL, libsbml.AST_REAL_E, libsbml.AST_RATIONAL):
        return repr(float(node.getValue()))
    if k == libsbml.AST_NAME_TIME:
        return "t"
    if k == libsbml.AST_NAME:
        return f"v[{node.getName()!r}]"
    if k == libsbml.AST_PLUS:
        return "(" + " + ".join(kids) + ")" if kids else "0.0"
    if k == libsbml.AST_TIMES:
        return "(" + " * ".join(kids) + ")" if kids else "1.0"
    if k == libsbml.AST_MINUS:
        return f"(-{kids[0]})" if len(kids) == 1 else f"({kids[0]} - {kids[1]})"
    if k == libsbml.AST_DIVIDE:
        return f"({kids[0]} / {kids[1]})"
    if k in (libsbml.AST_POWER, libsbml.AST_FUNCTION_POWER):
        return f"({kids[0]} ** {kids[1]})"
    if k == libsbml.AST_FUNCTION_EXP:
        return f"math.exp({kids[0]})"
    if k in RELATIONAL:
        return f"({kids[0]} {RELATIONAL[k]} {kids[1]})"
    if k == libsbml.AST_FUNCTION_PIECEWISE:
        out = kids[-1] if len(kids) % 2 == 1 else "float('nan')"
        for i in range(len(kids) // 2 * 2 - 2, -1, -2):
            out = f"({kids[i]} if {kids[i + 1]} else {out})"
        return out
    raise SystemExit(f"unsupported MathML node: {libsbml.formulaToL3String(node)}")


class Model:
    """The ODE system of an SBML core model: species amounts and rate-rule variables as the state."""

    def __init__(self, path):
        m = read(path).getModel()
        self.values = {}
        for p in m.getListOfParameters():
            self.values[p.getId()] = p.getValue()
        for c in m.getListOfCompartments():
            self.values[c.getId()] = c.getSize()
        self.species = [s.getId() for s in m.getListOfSpecies()]
        self.names = {s.getId(): s.getName() or s.getId() for s in m.getListOfSpecies()}
        for s in m.getListOfSpecies():
            if not s.getHasOnlySubstanceUnits():
                raise SystemExit("only species in amounts are supported")
            self.values[s.getId()] = s.getInitialAmount()
        self.assignments = []
        self.rates = []
        for r in m.getListOfRules():
            code = expression(r.getMath())
            (self.assignments if r.isAssignment() else self.rates).append((r.getVariable(), code))
        self.state = self.species + [var for var, _ in self.rates]
        self.index = {x: i for i, x in enumerate(self.state)}
        self.reactions = []
        for r in m.getListOfReactions():
            law = expression(r.getKineticLaw().getMath())
            change = [(self.index[x.getSpecies()], -x.getStoichiometry()) for x in r.getListOfReactants()]
            change += [(self.index[x.getSpecies()], x.getStoichiometry()) for x in r.getListOfProducts()]
            self.reactions.append((law, change))
        self.events = []
        for e in m.getListOfEvents():
            trigger = e.getTrigger().getMath()
            if trigger.getType() not in RELATIONAL:
                raise SystemExit("only relational triggers are supported")
            root = f"({expression(trigger.getChild(0))}) - ({expression(trigger.getChild(1))})"
            sets = [(a.getVariable(), expression(a.getMath()))
                    for a in e.getListOfEventAssignments()]
            self.events.append((e.getId(), root, sets))

        self.compile()

    def compile(self):
        """One Python function for the right-hand side, so that SciPy's many calls stay cheap."""
        lines = ["def derivative(t, y):", "    v = dict(values)"]
        for i, name in enumerate(self.state):
            lines.append(f"    v[{name!r}] = y[{i}]")
        for var, code in self.assignments:
            lines.append(f"    v[{var!r}] = {code}")
        lines.append(f"    dy = np.zeros({len(self.state)})")
        for law, change in self.reactions:
            lines.append(f"    r = {law}")
            lines += [f"    dy[{i}] += {s!r} * r" for i, s in change]
        for var, code in self.rates:
            lines.append(f"    dy[{self.index[var]}] = {code}")
        lines.append("    return dy")
        scope = {"np": np, "math": math, "values": self.values}
        exec("\n".join(lines), scope)
        self.derivative = scope["derivative"]

    def environment(self, t, y):
        v = dict(self.values)
        for name, x in zip(self.state, y):
            v[name] = x
        for var, code in self.assignments:
            v[var] = eval(code, {"math": math}, {"v": v, "t": t})
        return v

    def simulate(self, times):
        y = np.array([self.values[x] for x in self.state], dtype=float)
        t0 = times[0]
        rows = []
        fired = set()
        pending = list(times)
        while pending:
            functions = []
            for name, root, _ in self.events:
                if name in fired:
                    continue
                f = (lambda t, yy, root=root: eval(root, {"math": math}, {"v": self.environment(t, yy), "t": t}))
                f.terminal = True
                f.direction = 1
                f.event_name = name
                functions.append(f)
            sol = solve_ivp(self.derivative, (t0, pending[-1]), y, method="LSODA", rtol=1e-11,
                            atol=1e-10, t_eval=[x for x in pending if x >= t0], events=functions,
                            dense_output=False)
            if not sol.success:
                raise SystemExit(sol.message)
            for k in range(len(sol.t)):
                rows.append((sol.t[k], sol.y[:, k].copy()))
            pending = [x for x in pending if x > sol.t[-1]] if sol.status == 0 else \
                [x for x in pending if not any(abs(x - r[0]) == 0 for r in rows)]
            if sol.status != 1:
                break
            # an event: the first that fired; apply its assignments (values at the trigger time) and go on
            for f, te, ye in zip(functions, sol.t_events, sol.y_events):
                if len(te):
                    t0 = te[0]
                    y = ye[0].copy()
                    v = self.environment(t0, y)
                    updates = {var: eval(code, {"math": math}, {"v": v, "t": t0})
                               for name, _, sets in self.events if name == f.event_name for var, code in sets}
                    for var, value in updates.items():
                        if var in self.index:
                            y[self.index[var]] = value
                        else:
                            self.values[var] = value
                    fired.add(f.event_name)
                    break
            pending = [x for x in pending if x >= t0 and not any(x == r[0] for r in rows)]
        rows.sort(key=lambda r: r[0])
        names = self.state + [var for var, _ in self.assignments]
        table = []
        for t, yy in rows:
            v = self.environment(t, yy)
            table.append([t] + [v[x] for x in names])
        return names, table


def simulate(args):
    model = Model(args.model)
    n = int(round(args.end / args.step))
    times = [i * args.step for i in range(n + 1)]
    names, table = model.simulate(times)
    with open(args.out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["time_s"] + names)
        for row in table:
            w.writerow([repr(float(x)) for x in row])
    if args.reference and args.plot:
        plot(args, names, table, model.names)
    return 0


def plot(args, names, table, titles):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    with open(args.reference) as f:
        ref = list(csv.DictReader(f))
    columns = args.columns.split(",")
    fig, axes = plt.subplots(1, len(columns), figsize=(3.2 * len(columns), 3.0), squeeze=False)
    t = np.array([r[0] for r in table]) / 60
    for ax, c in zip(axes[0], columns):
        rt = np.array([float(r["time_s"]) for r in ref]) / 60
        ax.plot(rt, [float(r[c]) for r in ref], color="#0072B2", lw=3, alpha=0.5,
                label="ReceptorSim mean field")
        ax.plot(t, [r[1 + names.index(c)] for r in table], color="#D55E00", lw=1, ls="--",
                label="libSBML + SciPy")
        ax.set_title(titles.get(c, c).replace("[", "\n["), fontsize=8)
        ax.set_xlabel("time (min)", fontsize=8)
        ax.tick_params(labelsize=7)
    axes[0][0].set_ylabel("receptors (expected count)", fontsize=8)
    axes[0][0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(args.plot, dpi=150)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate")
    v.add_argument("model")
    s = sub.add_parser("simulate")
    s.add_argument("model")
    s.add_argument("--end", type=float, required=True)
    s.add_argument("--step", type=float, required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--reference")
    s.add_argument("--plot")
    s.add_argument("--columns", default="")
    args = parser.parse_args()
    return validate(args.model) if args.command == "validate" else simulate(args)


if __name__ == "__main__":
    sys.exit(main())
