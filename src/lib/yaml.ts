import { parse, YAMLParseError } from 'yaml';

/**
 * Parses YAML with the YAML 1.2 core schema: dates stay text, duplicate keys are an
 * error. Errors name the file, the line and the column.
 */
export function parseYamlStrict(text: string, file: string): unknown {
  try {
    return parse(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0] ? `:${error.linePos[0].line}:${error.linePos[0].col}` : '';
      throw new Error(`${file}${where}: this is not valid YAML: ${error.message.split('\n')[0]}`, { cause: error });
    }
    throw error;
  }
}
