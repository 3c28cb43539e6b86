// Application commands: registration routes, Discord-like validation, daily create limit.
import { ApiError, ErrorCollector, Errors } from './errors.js';
import { FixedWindow } from './limits.js';
import { snowflake, type World } from './model.js';
import type { Route } from './rest.js';
import type { Json } from './serialize.js';
import { validateCommand } from './validate.js';

export interface CommandOptions {
  createsPerDay: number;
  /** Length of the "day" for the create counter (scaled by the rate-limit time scale). */
  dayMs: number;
}

export class CommandRegistry {
  /** scope ('global' or a guild id) -> name -> command */
  private readonly scopes = new Map<string, Map<string, Json>>();
  private readonly creates = new Map<string, FixedWindow>();
  /** Creates counted per scope in the current day window. */
  readonly createCounts = new Map<string, number>();

  constructor(
    private readonly world: World,
    private readonly options: CommandOptions,
  ) {}

  list(scope: string): Json[] {
    return [...(this.scopes.get(scope)?.values() ?? [])];
  }

  /** Find a command a user could invoke in a guild (guild commands shadow global ones). */
  find(name: string, guildId: string | null): Json | undefined {
    return (guildId ? this.scopes.get(guildId)?.get(name) : undefined) ?? this.scopes.get('global')?.get(name);
  }

  private countCreate(scope: string, n: number): void {
    if (n === 0) return;
    let w = this.creates.get(scope);
    if (!w) this.creates.set(scope, (w = new FixedWindow(this.options.createsPerDay, this.options.dayMs)));
    const now = Date.now();
    w.roll(now);
    if (w.count + n > w.limit) {
      const retry = (w.resetAt - now) / 1000;
      const error = new ApiError(429, 30034, `Max number of daily application command creates has been reached (${w.limit})`);
      error.headers = { 'Retry-After': retry.toFixed(3), 'X-RateLimit-Scope': 'user' };
      error.extra = { retry_after: Number(retry.toFixed(3)), global: false };
      throw error;
    }
    w.count += n;
    this.createCounts.set(scope, w.count);
  }

  private store(scope: string, def: Json, existing?: Json): Json {
    const cmd: Json = {
      id: existing?.id ?? snowflake(),
      application_id: this.world.applicationId,
      version: snowflake(),
      type: def.type ?? 1,
      name: def.name,
      name_localizations: def.name_localizations ?? null,
      description: def.description ?? '',
      description_localizations: def.description_localizations ?? null,
      options: def.options ?? [],
      default_member_permissions: def.default_member_permissions ?? null,
      nsfw: def.nsfw ?? false,
      contexts: def.contexts ?? null,
      integration_types: def.integration_types ?? [0],
    };
    if (scope !== 'global') cmd.guild_id = scope;
    let map = this.scopes.get(scope);
    if (!map) this.scopes.set(scope, (map = new Map()));
    map.set(cmd.name, cmd);
    return cmd;
  }

  bulkOverwrite(scope: string, body: unknown): Json[] {
    if (!Array.isArray(body)) throw Errors.invalidFormBody({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
    const c = new ErrorCollector();
    const names = new Set<string>();
    body.forEach((def, i) => {
      validateCommand(c, def, [i]);
      const key = `${def?.type ?? 1}:${def?.name}`;
      if (names.has(key)) c.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
      names.add(key);
    });
    if (body.length > 100) c.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    c.throwIfAny();
    const old = this.scopes.get(scope) ?? new Map<string, Json>();
    this.countCreate(scope, body.filter((d: Json) => !old.has(d.name)).length);
    this.scopes.set(scope, new Map());
    return body.map((def: Json) => this.store(scope, def, old.get(def.name)));
  }

  create(scope: string, def: Json): { created: boolean; cmd: Json } {
    const c = new ErrorCollector();
    validateCommand(c, def);
    c.throwIfAny();
    const existing = this.scopes.get(scope)?.get(def.name);
    if (!existing) this.countCreate(scope, 1);
    return { created: !existing, cmd: this.store(scope, def, existing) };
  }

  byId(scope: string, id: string): Json {
    const cmd = this.list(scope).find((x) => x.id === id);
    if (!cmd) throw Errors.unknownCommand();
    return cmd;
  }

  edit(scope: string, id: string, patch: Json): Json {
    const cmd = this.byId(scope, id);
    const merged = { ...cmd, ...patch };
    const c = new ErrorCollector();
    validateCommand(c, merged);
    c.throwIfAny();
    this.scopes.get(scope)!.delete(cmd.name);
    return this.store(scope, merged, cmd);
  }

  delete(scope: string, id: string): void {
    const cmd = this.byId(scope, id);
    this.scopes.get(scope)!.delete(cmd.name);
  }
}

export function commandRoutes(world: World, registry: CommandRegistry): Route[] {
  const scopeOf = (params: Record<string, string>): string => {
    if (params.app !== world.applicationId) throw Errors.missingAccess();
    if (!params.guild) return 'global';
    const guild = world.guilds.get(params.guild);
    if (!guild || !guild.botPresent) throw Errors.missingAccess();
    return params.guild;
  };
  const routes: Route[] = [];
  for (const base of ['/applications/:app/commands', '/applications/:app/guilds/:guild/commands']) {
    routes.push(
      // Discord returns the localizations only when asked (with_localizations=true).
      { method: 'GET', pattern: base, handler: ({ params, query }) => ({ status: 200, body: registry.list(scopeOf(params)).map((c) => (query.get('with_localizations') === 'true' ? c : withoutLocalizations(c))) }) },
      { method: 'PUT', pattern: base, handler: ({ params, body }) => ({ status: 200, body: registry.bulkOverwrite(scopeOf(params), body) }) },
      {
        method: 'POST',
        pattern: base,
        handler: ({ params, body }) => {
          const { created, cmd } = registry.create(scopeOf(params), body);
          return { status: created ? 201 : 200, body: cmd };
        },
      },
      { method: 'GET', pattern: `${base}/:command`, handler: ({ params }) => ({ status: 200, body: registry.byId(scopeOf(params), params.command!) }) },
      { method: 'PATCH', pattern: `${base}/:command`, handler: ({ params, body }) => ({ status: 200, body: registry.edit(scopeOf(params), params.command!, body ?? {}) }) },
      {
        method: 'DELETE',
        pattern: `${base}/:command`,
        handler: ({ params }) => {
          registry.delete(scopeOf(params), params.command!);
          return { status: 204 };
        },
      },
    );
  }
  return routes;
}

function withoutLocalizations(def: Json): Json {
  const { name_localizations: _n, description_localizations: _d, ...rest } = def;
  return Array.isArray(rest.options) ? { ...rest, options: rest.options.map(withoutLocalizations) } : rest;
}
