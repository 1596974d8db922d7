package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --at} and {@code :at}: how a point is written, and what a point must give. */
class PointOptionTest {
  /** A missing or bad {@code --at} is a usage error: exit 2, and the hint to ask for help. */
  private static void assertRefused(String expectedError, String... args) {
    CliRun r = CliRun.of(args);
    assertEquals(2, r.code(), r.out());
    assertEquals("", r.out());
    assertEquals(expectedError + "\nTry 'leibniz " + args[0] + " --help'.", r.err().strip());
  }

  @Test
  void aValueThatNamesAVariableIsRefusedEvenWhereSimplificationDropsIt() {
    // 0x10 reads as 0*x10, which simplifies to 0: still a variable, not a number.
    assertRefused("error: the value of x must be a constant, but '0x10' names the variable x10",
        "eval", "x", "--at", "x=0x10");
    assertRefused("error: the value of x must be a constant, but 'y - y' names the variable y",
        "eval", "x", "--at", "x=y - y");
    assertRefused("error: the value of x must be a constant, but 'z' names the variable z",
        "eval", "x*z", "--at", "x=z,z=1");
    // Names that are not variables: constants, functions, a number's exponent.
    assertEquals("0.001", CliRun.of("eval", "x", "--at", "x=1E-3").text());
    assertEquals(Math.exp(2) * Math.sin(Math.PI / 6),
        Double.parseDouble(CliRun.of("eval", "x", "--at", "x=e^2 sin(pi/6)").text()), 1e-15);
  }

  @Test
  void aCommaInsideAGroupBelongsToTheValue() {
    CliRun r = CliRun.of("eval", "x", "--at", "x=log(2,3)");
    assertEquals(0, r.code(), r.err());
    assertEquals(Math.log(3) / Math.log(2), Double.parseDouble(r.text()), 1e-15);
    assertEquals("6.0", CliRun.of("eval", "x*z", "--at", "x=log(2, 4),z=3").text());
  }

  @Test
  void spacesAroundTheEqualsSignAndBetweenAssignments() {
    assertEquals("2.0", CliRun.of("eval", "x", "--at", "x = 2").text());
    assertEquals("-1.0", CliRun.of("eval", "x - z", "--at", "x = 2, z = 3").text());
    assertEquals("-1.0", CliRun.of("eval", "x - z", "--at", "x =2  z= 3").text());
    assertEquals("-1.0", CliRun.of("eval", "x - z", "--at", "x=2;z=3").text());
    assertEquals("-1.0", CliRun.of("eval", "x - z", "--at", "x=2", "--at", "z=3").text());
  }

  @Test
  void aVariableGivenTwiceIsAnErrorThatNamesIt() {
    assertRefused("error: the point gives x twice: x=2 and x=3", "eval", "x", "--at", "x=2,x=3");
    assertRefused("error: the point gives x twice: x=2 and x=3",
        "eval", "x", "--at", "x=2", "--at", "x=3");
    // θ and theta are one variable.
    assertRefused("error: the point gives theta twice: theta=1 and theta=2",
        "eval", "θ", "--at", "θ=1 theta=2");
  }

  @Test
  void aMalformedValueShowsTheCaretUnderItInThePoint() {
    CliRun r = CliRun.of("eval", "x", "--at", "x=1,5");
    assertEquals(2, r.code());
    assertEquals("error: the value of x: unexpected ',' at column 4\n  x=1,5\n     ^\n"
        + "Try 'leibniz eval --help'.\n", r.err());
    assertRefused("error: missing the value of x (x=VALUE)", "eval", "x", "--at", "x=,z=1");
    assertRefused("error: the value of x: the number 1e400 overflows", "eval", "x", "--at",
        "x=1e400");
    // Too small for a double: read as 0 it would be judged at another point (x/x at 0).
    assertRefused("error: the value of x: the number 1e-400 is too small for a double (it would"
        + " be read as 0)", "eval", "x/x", "--at", "x=1e-400");
    assertEquals("1.0", CliRun.of("eval", "x + 1", "--at", "x=sin(pi)").text());
    // The same for the entries of a vector or matrix value.
    assertRefused("error: the value of x: the number 1e-400 is too small for a double (it would"
        + " be read as 0)", "grad", "sum(x ./ x) where x: 2", "--at", "x=[1e-400, 1]");
    assertRefused("error: the value of x: the number 1e400 overflows", "grad",
        "sum(x ./ x) where x: 2", "--at", "x=[1e400, 1]");
    // ln(-1) is refused where it is read, with the caret under it in the point.
    CliRun undefined = CliRun.of("eval", "x", "--at", "x=ln(-1)");
    assertEquals(2, undefined.code());
    assertEquals("error: the value of x: ln(-1) is undefined at column 3\n  x=ln(-1)\n    ^\n"
        + "Try 'leibniz eval --help'.\n", undefined.err());
    CliRun noName = CliRun.of("eval", "x", "--at", "2=3");
    assertEquals(2, noName.code());
    assertTrue(noName.err().startsWith("error: expected name=value, got '2=3'"), noName.err());
  }

  @Test
  void aMissingPointSaysHowToGiveOne() {
    assertRefused("error: grad needs a point: --at x=2,z=3", "grad", "x^2*z");
    assertRefused("error: eval needs a point: --at x=2", "eval", "ln(x)");
    assertRefused("error: hessian needs a point: --at x=2,y=3", "hessian", "x*y");
    assertRefused("error: grad needs a point: --at x=2,y=3,w=4", "grad", "x*y, y*w");
    // The values given are kept in the example; the missing ones are named.
    assertRefused("error: no value for z: --at x=5,z=3", "eval", "x*z", "--at", "x=5");
    // An expression without variables needs no point.
    assertEquals(String.valueOf(Math.PI), CliRun.of("eval", "pi").text());
  }

  @Test
  void gradAtAPointWrittenWithSpaces() {
    CliRun r = CliRun.of("grad", "x^2*z", "--at", "x = 2, z = 3");
    assertEquals(0, r.code(), r.err());
    List<String> lines = List.of(r.text().split("\n"));
    assertEquals(List.of("value = 12.0", "d/dx = 12.0", "d/dz = 4.0"), lines);
    Map<String, Double> point = Map.of("x", 2.0, "z", 3.0);
    assertEquals(12.0, Witness.partial("x^2*z", point, List.of("x")), 1e-6);
    assertEquals(4.0, Witness.partial("x^2*z", point, List.of("z")), 1e-6);
  }

  @Test
  void theReplReadsItsPointTheSameWay() {
    ReplSession session = new ReplSession(true);
    assertEquals("values at x = 2, z = 3", session.handle(":at x = log(2, 4), z=3"));
    String twice = session.handle(":at x=1 x=2");
    assertTrue(session.failed());
    assertEquals("error: the point gives x twice: x=1 and x=2", twice);
    assertEquals("6.0", session.handle(":eval x*z"), "a refused point leaves the old one");
  }
}
