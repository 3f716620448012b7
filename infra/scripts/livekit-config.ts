// Fills infra/livekit.yaml's ${NAME} placeholders. Values are checked against a conservative
// character set because they land unquoted in YAML that LiveKit parses strictly.
const placeholder = /\$\{([A-Z0-9_]+)\}/g;
const safeValue = /^[A-Za-z0-9_.:/-]+$/;

export interface RenderTemplateOptions {
  template: string;
  values: Readonly<Record<string, string>>;
}

/** Replaces every `${NAME}`; throws on a placeholder without a value or an unsafe value. */
export function renderTemplate(options: RenderTemplateOptions): string {
  return options.template.replace(placeholder, (_match, name: string) => {
    const value = options.values[name];
    if (value === undefined) throw new Error(`no value for \${${name}} in the LiveKit config template`);
    if (!safeValue.test(value))
      throw new Error(`unsafe value for \${${name}} in the LiveKit config template`);
    return value;
  });
}
