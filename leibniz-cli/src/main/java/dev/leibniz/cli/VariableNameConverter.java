package dev.leibniz.cli;

import dev.leibniz.error.LeibnizException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --wrt} value as the variable it names ({@link Names#variable}), so that a value
 * that names none ({@code --wrt "x y"}, {@code --wrt 2x}, {@code --wrt ""}) is a usage error, as
 * picocli makes any other bad option value: exit 2, with the hint to ask for help.
 */
final class VariableNameConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      return Names.variable(value);
    } catch (LeibnizException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
