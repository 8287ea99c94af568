package se.ekonomiuppfoljning.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The seed's organisation and kronor for the domain tests: KLS under KS with the ten units of the
 * tjänsteskrivelse (TIA-avdelningen reporting to TN), and SBF under TN. The kronor were chosen so that
 * every printed figure of the seed follows from them by the rounding rules.
 */
public final class SeedKommun {

    public static final CommitteeCode KF = CommitteeCode.of("KF");
    public static final CommitteeCode KS = CommitteeCode.of("KS");
    public static final CommitteeCode TN = CommitteeCode.of("TN");
    public static final UnitCode KOMMUN = UnitCode.of("EXB");
    public static final UnitCode KLS = UnitCode.of("KLS");
    public static final UnitCode SBF = UnitCode.of("SBF");
    public static final UnitCode IT = UnitCode.of("1120");
    public static final UnitCode TIA = UnitCode.of("1130");
    public static final UnitCode OVERFORMYNDAR = UnitCode.of("1150");

    /** code, name, Feb budget, Feb actual, YTD budget, YTD actual, annual budget (kronor). */
    private static final Object[][] KLS_UNITS = {
        {"1100", "Kommundirektör", 196898, 162147, 379930, 342587, 3559748},
        {"1110", "Ekonomi o planering", 492720, 439879, 1076220, 879748, 6703272},
        {"1120", "IT", 193832, 62102, 378159, 301661, 8841228},
        {"1130", "TIA-avdelningen", 1325954, 1309088, 2667124, 2702825, 17922831},
        {"1140", "Administrativa avdelningen", 932915, 683704, 1780823, 1830843, 11134165},
        {"1150", "Överförmyndarvht", 137246, 409283, 393052, 444829, 2580186},
        {"1160", "Politisk verksamhet", 256451, 216869, 492912, 426799, 3704797},
        {"1170", "Oförutsett", 0, 0, 0, 0, 504000},
        {"1180", "HR-avdelning", 1148956, 1211761, 2217747, 2248704, 14540774},
        {"1190", "Näringslivsenheten", 124218, 154054, 240664, 228645, 1431199},
    };

    private static final Object[][] SBF_UNITS = {
        {"2110", "Gata och park", 812400, 798210, 1598760, 1621315, 9874000},
        {"2120", "Fastighetsenheten", 1431870, 1388650, 2864020, 2799413, 17402500},
    };

    private SeedKommun() {}

    public static Organisation organisation() {
        List<Committee> committees = List.of(
                new Committee(KF, "Kommunfullmäktige", null),
                new Committee(KS, "Kommunstyrelsen", KF),
                new Committee(TN, "Tekniska nämnden", KF));
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(KOMMUN, "Exempelby kommun", null, null, KF, 0));
        units.add(new Unit(KLS, "Kommunledningsstaben", "KLS", KOMMUN, KS, 1));
        units.add(new Unit(SBF, "Samhällsbyggnadsförvaltningen", "SBF", KOMMUN, TN, 2));
        int order = 0;
        for (Object[] u : KLS_UNITS) {
            UnitCode code = UnitCode.of((String) u[0]);
            units.add(new Unit(code, (String) u[1], null, KLS, code.equals(TIA) ? TN : null, order++));
        }
        for (Object[] u : SBF_UNITS) {
            units.add(new Unit(UnitCode.of((String) u[0]), (String) u[1], null, SBF, null, order++));
        }
        return new Organisation(committees, units);
    }

    /** Budget: January = YTD − February, March to December share the rest; all on one account. */
    public static List<AmountLine> budget() {
        List<AmountLine> lines = new ArrayList<>();
        for (Object[] u : allUnits()) {
            UnitCode code = UnitCode.of((String) u[0]);
            long feb = ((Integer) u[2]);
            long ytd = ((Integer) u[4]);
            long annual = ((Integer) u[6]);
            add(lines, code, "5011", 1, ytd - feb);
            add(lines, code, "5011", 2, feb);
            long rest = annual - ytd;
            for (int month = 3; month <= 12; month++) {
                long share = month == 12 ? rest - (rest / 10) * 9 : rest / 10;
                add(lines, code, "5011", month, share);
            }
        }
        return lines;
    }

    /** Actuals for January and February, split over a cost and a revenue account. */
    public static List<AmountLine> actuals() {
        List<AmountLine> lines = new ArrayList<>();
        for (Object[] u : allUnits()) {
            UnitCode code = UnitCode.of((String) u[0]);
            long feb = ((Integer) u[3]);
            long ytd = ((Integer) u[5]);
            addSplit(lines, code, 1, ytd - feb);
            addSplit(lines, code, 2, feb);
        }
        return lines;
    }

    private static void addSplit(List<AmountLine> lines, UnitCode code, int month, long kronor) {
        BigDecimal revenue =
                BigDecimal.valueOf(kronor).movePointLeft(1).negate().setScale(2);
        add(lines, code, "3510", month, revenue);
        add(
                lines,
                code,
                "5011",
                month,
                BigDecimal.valueOf(kronor).subtract(revenue).setScale(2));
    }

    private static void add(List<AmountLine> lines, UnitCode code, String account, int month, long kronor) {
        add(lines, code, account, month, BigDecimal.valueOf(kronor).setScale(2));
    }

    private static void add(List<AmountLine> lines, UnitCode code, String account, int month, BigDecimal kronor) {
        if (kronor.signum() != 0) {
            lines.add(new AmountLine(code, account, new Period(2026, month), kronor));
        }
    }

    private static List<Object[]> allUnits() {
        List<Object[]> all = new ArrayList<>(List.of(KLS_UNITS));
        all.addAll(List.of(SBF_UNITS));
        return all;
    }

    public static UserAccount chief(String username, UnitCode... units) {
        return new UserAccount(username, username, Set.of(Role.CHEF), Set.of(units), Set.of(), true);
    }

    public static UserAccount economist(String username, UnitCode... units) {
        return new UserAccount(username, username, Set.of(Role.EKONOM), Set.of(units), Set.of(), true);
    }

    public static UserAccount politician(String username, CommitteeCode... committees) {
        return new UserAccount(username, username, Set.of(Role.POLITIKER), Set.of(), Set.of(committees), true);
    }

    public static UserAccount admin(String username) {
        return new UserAccount(username, username, Set.of(Role.ADMIN), Set.of(), Set.of(), true);
    }
}
