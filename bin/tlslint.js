#!/usr/bin/env node
import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  nginxNames,
  renderNginx
} from "./chunks/chunk-VRPVVXWT.js";
import {
  apacheNames,
  renderApache
} from "./chunks/chunk-IJR3FAAM.js";
import {
  TLS_PROTOCOLS,
  defaultServers,
  isRealServerName,
  isTlsEndpoint,
  mayServeTlsEndpoints,
  otherEndpoints,
  realServerNames,
  socketKey,
  tlsEndpoints
} from "./chunks/chunk-COKSC463.js";
import {
  HSTS_HEADER,
  PRELOAD_MIN_MAX_AGE,
  caddyNames,
  distinctHstsLists,
  expandGoSuites,
  hasHstsHeaders,
  hstsHeadersOf,
  hstsInEveryScope,
  ianaNameOf,
  isHstsName,
  newHstsHeaders,
  newHstsPolicies,
  rangeInValue,
  renderCaddy
} from "./chunks/chunk-C7FR6AVM.js";
import {
  Span,
  capParseErrors,
  compareRanges,
  endOffsetOf,
  invalidUtf8Diagnostic,
  startOffsetOf
} from "./chunks/chunk-NKCL4C7Z.js";
import {
  loadMissedModules,
  onDemandMisses
} from "./chunks/chunk-6KK6BM5G.js";
import {
  ConfigError,
  ConfigResolver,
  DIALECT_FINDERS,
  DIALECT_IDS,
  describeFsError,
  dialectFor,
  dialectOf,
  discoverFiles,
  entryOrder,
  isDialectId,
  isFile,
  loadDialect,
  normalizeRuleEntry,
  packageVersion,
  plannedDialectOf,
  readRuleDoc,
  settingsFor
} from "./chunks/chunk-KAPJQS2M.js";
import "./chunks/chunk-4VD4F4AN.js";
import {
  GUIDELINE_VERSIONS,
  LATEST_GUIDELINES,
  PROFILE_NAMES,
  getProfile
} from "./chunks/chunk-XYCRMC2L.js";
import "./chunks/chunk-H4ND2TUI.js";
import {
  KNOWN_ALIASES,
  KNOWN_SUITES,
  OPENSSL_VERSIONS,
  RefusedFile,
  TLS13_BY_NAME,
  decodeUtf8,
  fileErrorText,
  formatCode,
  getBuild,
  openRegularFileForWriting,
  readRegularFile,
  readSourceText
} from "./chunks/chunk-E7OSVBOX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-3PFUZ4WF.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// lazy-child-process:child_process
var require_child_process = __commonJS({
  "lazy-child-process:child_process"(exports, module) {
    var real;
    module.exports = new Proxy({}, { get: (_, key) => (real ??= __require("node:child_process"))[key] });
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command2) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command2))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = require_child_process();
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command2 = this; command2; command2 = command2.parent) {
          result.push(command2);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code2, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command2) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command2).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command2).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command2);
        this.commands.push(command2);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine2 = true) {
        this._combineFlagAndOptionalValue = !!combine2;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError2(
                code2,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code2 = config.code || "commander.error";
        this._exit(exitCode, code2, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command2 = this;
          do {
            const moreFlags = command2.createHelp().visibleOptions(command2).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command2 = command2.parent;
          } while (command2 && !command2._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command2) => {
            candidateNames.push(command2.name());
            if (command2.alias()) candidateNames.push(command2.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command2 = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command2 = this.commands[this.commands.length - 1];
        }
        if (alias === command2._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command2._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command2) => command2.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command2) => command2.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open3, close, replace = open3) => (input) => {
      let string = "" + input, index = string.indexOf(close, open3.length);
      return ~index ? open3 + replaceClose(string, close, replace, index) + close : open3 + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli/main.ts
import { closeSync, existsSync, statSync as statSync3, writeSync } from "node:fs";
import { dirname as dirname5, relative as relative6, resolve as resolve6 } from "node:path";

// src/engine/builtins.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
function cryptoModule() {
  return requireBuiltin("node:crypto");
}
function tlsModule() {
  return requireBuiltin("node:tls");
}
function netModule() {
  return requireBuiltin("node:net");
}
function v8Module() {
  return requireBuiltin("node:v8");
}
function vmModule() {
  return requireBuiltin("node:vm");
}

// src/engine/memory.ts
var collect;
var WORTH_COLLECTING_BYTES = 64 * 1024 * 1024;
function collectGarbage() {
  if (collect === null || process.memoryUsage().heapUsed < WORTH_COLLECTING_BYTES) return;
  collect ??= findGc();
  collect?.();
}
function findGc() {
  try {
    v8Module().setFlagsFromString("--expose-gc");
    const gc = vmModule().runInNewContext("gc");
    return typeof gc === "function" ? gc : null;
  } catch {
    return null;
  }
}

// src/engine/fix.ts
import { realpathSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";
var MAX_FIX_PASSES = 10;
function fixScope(linted, root) {
  const real = (path) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const scopeOf = (path) => isDirectory(path) ? real(path) : join(real(dirname(path)), basename(path));
  return [.../* @__PURE__ */ new Set([...linted.map(scopeOf), real(root)])];
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
async function planFixes(result, linted, scope = linted, maxBytes = 1 << 30) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    if (!finding.fix || finding.suppression || !isUnder(finding.range.file, linted)) continue;
    const list = byFile.get(finding.range.file) ?? [];
    list.push(finding);
    byFile.set(finding.range.file, list);
  }
  const plans = [];
  const skipped = [];
  const skip = (file, why, level = "warning") => skipped.push({ level, message: `Not fixed: ${file}: ${why}`, file });
  for (const [file, findings] of byFile) {
    let bytes;
    try {
      bytes = readRegularFile(file, maxBytes);
    } catch (error) {
      skip(file, fileErrorText(error), "error");
      continue;
    }
    if (!isUtf8(bytes)) {
      skip(file, "it is not valid UTF-8, so a fix could not keep its other bytes as they are");
      continue;
    }
    const before = bytes.toString("utf8");
    const linted2 = result.sources?.get(file);
    if (linted2 !== void 0 && linted2 !== before.replace(/^\uFEFF/, "")) {
      skip(file, "it changed after it was linted; run tlslint --fix again", "error");
      continue;
    }
    const refusal = refusalToWrite(file, scope);
    if (refusal) {
      skip(file, refusal);
      continue;
    }
    const { text, fixed } = applyFindingFixes(before, findings);
    if (text !== before) plans.push({ file, before, after: text, bytes, fixed });
  }
  return { plans, skipped };
}
function refusalToWrite(file, scope) {
  let real;
  try {
    real = realpathSync(file);
  } catch (error) {
    return fileErrorText(error);
  }
  if (!isUnder(real, scope)) return `it is ${real}, outside the linted paths and --root; tlslint writes only inside them`;
  const info = statSync(real);
  if (info.nlink > 1) return `it has ${info.nlink} hard links; replacing it would leave the other names with the old text`;
  if ((info.mode & 146) === 0) return "it is read-only (no write permission for anyone)";
  return void 0;
}
function isUnder(file, linted) {
  return linted.some((path) => {
    const rel = relative(resolve(path), file);
    return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
  });
}
function applyFindingFixes(text, findings) {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const crlf = text.includes("\r\n");
  const taken = [];
  let fixed = 0;
  const ordered = [...findings].sort((a, b) => firstOffset(a) - firstOffset(b));
  for (const finding of ordered) {
    const edits = finding.fix.edits;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    fixed++;
  }
  let out = text;
  for (const edit of [...taken].sort((a, b) => b.range.start.offset - a.range.start.offset)) {
    const insert = crlf ? edit.text.replace(/\r?\n/g, "\r\n") : edit.text;
    const [start, end] = insert === "" ? wholeLineIfAlone(out, edit.range.start.offset + bom, edit.range.end.offset + bom) : [edit.range.start.offset + bom, edit.range.end.offset + bom];
    out = out.slice(0, start) + insert + out.slice(end);
  }
  return { text: out, fixed };
}
function wholeLineIfAlone(text, start, end) {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const blank = /^[ \t]*$/;
  if (!blank.test(text.slice(lineStart, start)) || !blank.test(text.slice(end, lineEnd).replace(/\r?\n$/, ""))) return [start, end];
  return [lineStart, lineEnd];
}
function firstOffset(finding) {
  return Math.min(...finding.fix.edits.map((e) => e.range.start.offset));
}
function overlaps(a, b) {
  const [as, ae, bs, be] = [a.range.start.offset, a.range.end.offset, b.range.start.offset, b.range.end.offset];
  return as <= be && bs <= ae;
}
var FixAbandoned = class extends Error {
  constructor(message, level = "error") {
    super(message);
    this.level = level;
  }
  level;
};
async function writeAtomically(path, text, expected) {
  const file = await realpath(path);
  const { mode, uid, gid } = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.tlslint-${cryptoModule().randomBytes(6).toString("hex")}`);
  try {
    const handle = await open(temp, "wx", 384);
    try {
      await handle.chmod(mode & 4095);
      await handle.chown(uid, gid).catch(() => void 0);
      const made = await handle.stat();
      if (made.uid !== uid || made.gid !== gid) throw new FixAbandoned(`its owner and group (${uid}:${gid}) could not be kept`, "warning");
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (expected && !stillHolds(file, expected)) throw new FixAbandoned("it changed after it was linted; run tlslint --fix again");
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
function stillHolds(file, expected) {
  try {
    return readRegularFile(file, expected.length).equals(expected);
  } catch {
    return false;
  }
}
function unifiedDiff(plan, shownPath) {
  const a = plan.before.split("\n");
  const b = plan.after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = Math.max(0, head - 3);
  const aEnd = Math.min(a.length, a.length - tail + 3);
  const bEnd = Math.min(b.length, b.length - tail + 3);
  const lines = [
    ...a.slice(start, head).map((l) => ` ${l}`),
    ...a.slice(head, a.length - tail).map((l) => `-${l}`),
    ...b.slice(head, b.length - tail).map((l) => `+${l}`),
    ...a.slice(a.length - tail, aEnd).map((l) => ` ${l}`)
  ];
  const range = (from, to) => `${to - from === 0 ? from : from + 1},${to - from}`;
  return [`--- a/${shownPath}`, `+++ b/${shownPath}`, `@@ -${range(start, aEnd)} +${range(start, bEnd)} @@`, ...lines, ""].join("\n");
}

// src/engine/baseline.ts
import { lstatSync } from "node:fs";
import { open as open2, rename as rename2, rm as rm2 } from "node:fs/promises";
import { dirname as dirname2, join as join2, basename as basename2 } from "node:path";

// src/report/paths.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep } from "node:path";
import { pathToFileURL } from "node:url";
function absolutePath(file, root) {
  return isAbsolute2(file) ? file : resolve2(root, file);
}
function pathInsideRoot(file, root) {
  return memoized(insidePaths, file, root, computePathInsideRoot) ?? void 0;
}
function computePathInsideRoot(file, root) {
  const rel = relative2(resolve2(root), absolutePath(file, root));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute2(rel)) return null;
  return rel.split(sep).join("/");
}
function displayPath(file, root) {
  return memoized(displayPaths, file, root, (f, r) => pathInsideRoot(f, r) ?? absolutePath(f, r).split(sep).join("/"));
}
var insidePaths = /* @__PURE__ */ new Map();
var displayPaths = /* @__PURE__ */ new Map();
var MAX_CACHED_FILES = 1e5;
function memoized(cache2, file, root, compute) {
  if (!isAbsolute2(root)) return compute(file, root);
  let byFile = cache2.get(root);
  if (!byFile) cache2.set(root, byFile = /* @__PURE__ */ new Map());
  let value = byFile.get(file);
  if (value === void 0 && !byFile.has(file)) {
    if (byFile.size >= MAX_CACHED_FILES) byFile.clear();
    byFile.set(file, value = compute(file, root));
  }
  return value;
}
function encodeRelativeUri(relativePath) {
  return relativePath.split("/").map(encodeURIComponent).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(resolve2(dir)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function fileUri(file, root) {
  const absolute = absolutePath(file, root);
  return sep === "/" && PLAIN_PATH.test(absolute) ? `file://${absolute}` : pathToFileURL(absolute).href;
}
var PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[\w.-]+)+$/;
function sortedRecord(record) {
  let sorted = sortedRecords.get(record);
  if (!sorted) sortedRecords.set(record, sorted = sortRecord(record));
  return sorted;
}
var sortedRecords = /* @__PURE__ */ new WeakMap();
function sortRecord(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/report/source-lines.ts
var scratch = new Int32Array(4096);
var SourceLines = class {
  /** @param starts where the lines of `text` start, when the parser already found them (SourceText.lines). */
  constructor(text, starts) {
    this.text = text;
    this.starts = starts ?? lineStarts(text);
  }
  text;
  /** Where each line starts: entry `n - 1` for line `n`, as SourceText keeps them. */
  starts;
  /** How many lines the text has (a text ending in a line break has an empty last line). */
  get count() {
    return this.starts.length;
  }
  /** The text of 1-based `line` without its line break, or undefined past the last line. */
  line(line) {
    if (!(line >= 1 && line <= this.count)) return void 0;
    return this.text.slice(this.starts[line - 1], this.lineEnd(line));
  }
  /**
   * The text from `start` to `end` on one line, as `line(start.line).slice(start.column - 1, end.column - 1)`
   * gives it, without cutting the line out first (a report takes one of these per finding).
   */
  between(start, end) {
    const first = this.starts[start.line - 1];
    const last = this.lineEnd(start.line);
    const from = Math.min(first + start.column - 1, last);
    const to = Math.min(first + end.column - 1, last);
    return to > from ? this.text.slice(from, to) : "";
  }
  /** Where 1-based `line` ends: at its LF, or at a CR just before it; at the end of the text for the last line. */
  lineEnd(line) {
    if (line === this.starts.length) return this.text.length;
    const lineFeed = this.starts[line] - 1;
    return this.text.charCodeAt(lineFeed - 1) === CR && lineFeed - 1 >= this.starts[line - 1] ? lineFeed - 1 : lineFeed;
  }
};
var CR = 13;
function lineStarts(text) {
  let starts = scratch;
  let count = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    if (count === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = index + 1;
  }
  return starts.slice(0, count);
}
function lineCache(readSource, findings = []) {
  const cache2 = /* @__PURE__ */ new Map();
  let parsed;
  return (file) => {
    let lines = cache2.get(file);
    if (lines === void 0) {
      const text = readSource(file);
      parsed ??= parsedTexts(findings);
      const source = parsed.get(file);
      cache2.set(file, lines = text === void 0 ? null : new SourceLines(text, source?.text === text ? source.lines() : void 0));
    }
    return lines ?? void 0;
  };
}
function parsedTexts(findings) {
  const texts = /* @__PURE__ */ new Map();
  let last;
  for (const { range } of findings) {
    if (range instanceof Span && range.source !== last) {
      last = range.source;
      texts.set(last.file, last);
    }
  }
  return texts;
}

// src/report/fingerprint.ts
var HASH_LENGTH = 16;
function normalised(line) {
  if (line === void 0) return void 0;
  const trimmed = line.trim();
  return CHANGED_BY_COLLAPSING.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}
var CHANGED_BY_COLLAPSING = /[^\S ]| {2}/;
function hashOf(ruleId, path, line, message) {
  const content = line === void 0 ? `message:${message}` : `line:${line}`;
  return sha256Hex(`${ruleId}\0${path}\0${content}`).slice(0, HASH_LENGTH);
}
var hasher;
function sha256Hex(input) {
  return (hasher ??= sha256Hasher())(input);
}
function sha256Hasher() {
  const crypto = cryptoModule();
  const oneShot = crypto.hash;
  return oneShot ? (input) => oneShot("sha256", input, "hex") : (input) => crypto.createHash("sha256").update(input).digest("hex");
}
function assignFingerprints(findings, readText, root, linesOf) {
  const list = fingerprintList(findings, readText, root, linesOf);
  const fingerprints = /* @__PURE__ */ new Map();
  for (let index = 0; index < findings.length; index++) fingerprints.set(findings[index], list[index]);
  return fingerprints;
}
function fingerprintList(findings, readText, root, linesOf = lineCache(readText, findings)) {
  const fingerprints = new Array(findings.length);
  const files = findings.map((finding) => finding.range.file);
  const starts = findings.map((finding) => finding.range.start);
  let file;
  let path = "";
  let lines;
  let lineNumber = NaN;
  let line;
  const lineCounters = /* @__PURE__ */ new Map();
  const messageCounters = /* @__PURE__ */ new Map();
  const counters = /* @__PURE__ */ new Map();
  const order = inOccurrenceOrder(findings, files, starts) ? void 0 : sortedOrder(findings, files, starts);
  for (let at = 0; at < findings.length; at++) {
    const index = order ? order[at] : at;
    const finding = findings[index];
    if (files[index] !== file) {
      file = files[index];
      lines = linesOf(file);
      path = displayPath(file, root);
      lineCounters.clear();
      messageCounters.clear();
      lineNumber = NaN;
    }
    if (starts[index].line !== lineNumber) {
      lineNumber = starts[index].line;
      line = normalised(lines?.line(lineNumber));
    }
    const byRule = line === void 0 ? messageCounters : lineCounters;
    let byContent = byRule.get(finding.ruleId);
    if (!byContent) byRule.set(finding.ruleId, byContent = /* @__PURE__ */ new Map());
    const key = line ?? finding.message;
    let counter = byContent.get(key);
    if (counter === void 0) {
      const hash = hashOf(finding.ruleId, path, line, finding.message);
      counter = counters.get(hash);
      if (counter === void 0) counters.set(hash, counter = { hash, count: 0 });
      byContent.set(key, counter);
    }
    fingerprints[index] = `${counter.hash}:${++counter.count}`;
  }
  return fingerprints;
}
function inOccurrenceOrder(findings, files, starts) {
  let placeStart = 0;
  for (let index = 1; index < findings.length; index++) {
    const place = compareText(files[index - 1], files[index]) || starts[index - 1].line - starts[index].line || starts[index - 1].column - starts[index].column;
    if (place > 0) return false;
    if (place < 0) {
      placeStart = index;
      continue;
    }
    const { ruleId, message } = findings[index];
    for (let other = placeStart; other < index; other++) {
      if (findings[other].ruleId === ruleId && findings[other].message > message) return false;
    }
  }
  return true;
}
function sortedOrder(findings, files, starts) {
  return findings.map((_, index) => index).sort((x, y) => compareText(files[x], files[y]) || starts[x].line - starts[y].line || starts[x].column - starts[y].column || compareText(findings[x].ruleId, findings[y].ruleId) || compareText(findings[x].message, findings[y].message));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine/baseline.ts
var MAX_BASELINE_BYTES = 256 * 1024 * 1024;
function fingerprintsOf(result) {
  const read = (file) => result.sources?.get(file) ?? (result.files.includes(file) ? void 0 : readSourceText(file));
  return assignFingerprints(result.findings, read, result.root);
}
async function writeBaseline(path, result) {
  const all = fingerprintsOf(result);
  const fingerprints = result.findings.filter((f) => !f.suppression).map((f) => all.get(f));
  const content = { version: 1, tool: "tlslint", fingerprints: [...new Set(fingerprints)].sort() };
  refuseSpecialTarget(path);
  const temp = join2(dirname2(path), `.${basename2(path)}.tlslint-${cryptoModule().randomBytes(6).toString("hex")}`);
  const handle = await open2(temp, "wx", 420);
  try {
    try {
      await handle.writeFile(`${JSON.stringify(content, null, 2)}
`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename2(temp, path);
  } catch (error) {
    await rm2(temp, { force: true });
    throw error;
  }
  return content.fingerprints.length;
}
async function applyBaseline(path, result) {
  const known = new Set(parseBaseline(readRegularFile(path, MAX_BASELINE_BYTES).toString("utf8"), path).fingerprints);
  const fingerprints = fingerprintsOf(result);
  let count = 0;
  for (const finding of result.findings) {
    if (finding.suppression || !known.has(fingerprints.get(finding))) continue;
    finding.suppression = { kind: "external", justification: "baseline" };
    count++;
  }
  return count;
}
function refuseSpecialTarget(path) {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return;
  }
  if (info.isDirectory()) throw new RefusedFile("directory", "it is a directory");
  if (!info.isFile() && !info.isSymbolicLink()) throw new RefusedFile("special", "it is not a regular file (a device, pipe or socket); it is not written");
}
function parseBaseline(text, path) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    value = {};
  }
  if (value.version !== 1 || !Array.isArray(value.fingerprints) || !value.fingerprints.every((f) => typeof f === "string")) {
    throw new Error(`${path}: not a tlslint baseline (expected {"version": 1, "fingerprints": [...]})`);
  }
  return value;
}

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/engine/finding.ts
var SEVERITIES = ["note", "warning", "error"];
function atLeast(severity, threshold) {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);
}

// src/engine/run.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { basename as basename3, dirname as dirname3, join as join3, relative as relative4, resolve as resolve3 } from "node:path";

// src/model/certificates.ts
import { statSync as statSync2 } from "node:fs";

// src/tls/der.ts
var SEQUENCE = 48;
var INTEGER = 2;
var OBJECT_IDENTIFIER = 6;
function elementAt(der, offset, limit = der.length) {
  if (offset + 2 > limit) return void 0;
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 128) {
    const count = length & 127;
    if (count === 0 || count > 4 || start + count > limit) return void 0;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : void 0;
}
function children(der, parent) {
  const out = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const child = elementAt(der, offset, parent.end);
    if (!child) return out;
    out.push(child);
    offset = child.end;
  }
  return out;
}
function oidText(der, element) {
  const parts = [];
  let value = 0;
  for (let i = element.start; i < element.end; i++) {
    value = value * 128 + (der[i] & 127);
    if (!(der[i] & 128)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join(".");
}
function certificateSignatureOid(der) {
  const certificate = elementAt(der, 0);
  if (certificate?.tag !== SEQUENCE) return void 0;
  const algorithm = children(der, certificate)[1];
  if (algorithm?.tag !== SEQUENCE) return void 0;
  const oid = children(der, algorithm)[0];
  return oid?.tag === OBJECT_IDENTIFIER ? oidText(der, oid) : void 0;
}
function dhPrimeBits(der) {
  const parameters = elementAt(der, 0);
  if (parameters?.tag !== SEQUENCE) return void 0;
  const prime = children(der, parameters)[0];
  if (prime?.tag !== INTEGER) return void 0;
  let start = prime.start;
  while (start < prime.end && der[start] === 0) start++;
  if (start === prime.end) return 0;
  return (prime.end - start - 1) * 8 + (32 - Math.clz32(der[start]));
}
var SIGNATURE_ALGORITHMS = {
  "1.2.840.113549.1.1.2": { name: "md2WithRSAEncryption", hash: "md2" },
  "1.2.840.113549.1.1.4": { name: "md5WithRSAEncryption", hash: "md5" },
  "1.2.840.113549.1.1.5": { name: "sha1WithRSAEncryption", hash: "sha1" },
  "1.3.14.3.2.29": { name: "sha1WithRSA", hash: "sha1" },
  "1.2.840.113549.1.1.11": { name: "sha256WithRSAEncryption", hash: "sha256" },
  "1.2.840.113549.1.1.12": { name: "sha384WithRSAEncryption", hash: "sha384" },
  "1.2.840.113549.1.1.13": { name: "sha512WithRSAEncryption", hash: "sha512" },
  "1.2.840.113549.1.1.14": { name: "sha224WithRSAEncryption", hash: "sha224" },
  // RSASSA-PSS carries its hash in parameters; modern issuers use SHA-256 or stronger.
  "1.2.840.113549.1.1.10": { name: "RSASSA-PSS" },
  "1.2.840.10040.4.3": { name: "dsa-with-sha1", hash: "sha1" },
  "2.16.840.1.101.3.4.3.1": { name: "dsa-with-sha224", hash: "sha224" },
  "2.16.840.1.101.3.4.3.2": { name: "dsa-with-sha256", hash: "sha256" },
  "1.2.840.10045.4.1": { name: "ecdsa-with-SHA1", hash: "sha1" },
  "1.2.840.10045.4.3.1": { name: "ecdsa-with-SHA224", hash: "sha224" },
  "1.2.840.10045.4.3.2": { name: "ecdsa-with-SHA256", hash: "sha256" },
  "1.2.840.10045.4.3.3": { name: "ecdsa-with-SHA384", hash: "sha384" },
  "1.2.840.10045.4.3.4": { name: "ecdsa-with-SHA512", hash: "sha512" },
  "1.3.101.112": { name: "ED25519" },
  "1.3.101.113": { name: "ED448" }
};

// src/model/certificates.ts
var MAX_CERTIFICATE_BYTES = 1024 * 1024;
var PEM_CERTIFICATES = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
var PEM_DH_PARAMETERS = /-----BEGIN (X9\.42 )?DH PARAMETERS-----([\s\S]+?)-----END \1DH PARAMETERS-----/;
var PEM_PRIVATE_KEY = /-----BEGIN ((?:RSA |EC |DSA )?PRIVATE KEY)-----[\s\S]+?-----END \1-----/;
var PEM_ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/;
function emptyFileReadSummary() {
  return { notFound: /* @__PURE__ */ new Set(), encryptedKeys: /* @__PURE__ */ new Set() };
}
function attachCertificateInfo(model, summary = emptyFileReadSummary()) {
  const reader = new FileReader();
  for (const endpoint of model.endpoints) {
    for (const file of endpoint.files) {
      if (file.path === void 0) continue;
      file.exists = reader.exists(file.path);
      if (!file.exists && !file.inCheckout) summary.notFound.add(file.path);
    }
    let trusted;
    for (const file of endpoint.files) if (file.role === "trusted-certificate" && file.path) (trusted ??= []).push(file.path);
    for (const ref of endpoint.certificates) attachCertificate(ref, reader, trusted ?? NO_PATHS, summary);
    const dhparam = endpoint.files.find((f) => f.role === "dhparam" && f.exists);
    if (dhparam?.path) {
      const bits = reader.dhparamBits(dhparam.path);
      if (bits !== void 0) endpoint.dhparamBits = bits;
    }
  }
}
var NO_PATHS = [];
function attachCertificate(ref, reader, trusted, summary) {
  if (!ref.resolvedPath) return;
  const outcome = reader.chain(ref.resolvedPath);
  if ("readError" in outcome) {
    ref.readError = outcome.readError;
    return;
  }
  let { certificates, infos } = outcome;
  if (ref.chainPath) {
    const extra = reader.chain(ref.chainPath);
    if ("readError" in extra) {
      attachLeaf(ref, certificates, infos, reader, summary);
      return;
    }
    certificates = [...certificates, ...extra.certificates];
    infos = [...infos, ...extra.infos];
  }
  const rest = ref.chainPath === void 0 && trusted.length === 0 ? "" : `${ref.chainPath ?? ""}\0${trusted.join("\0")}`;
  const problem = reader.chainProblem(outcome, rest, () => chainProblem(certificates, reader.trustedRoots(trusted)));
  if (problem) ref.chainProblem = problem;
  attachLeaf(ref, certificates, infos, reader, summary);
}
function attachLeaf(ref, certificates, infos, reader, summary) {
  ref.info = infos[0];
  ref.chain = infos;
  if (ref.keyPath) {
    const check = reader.keyCheck(ref.keyPath, certificates[0]);
    if (check === "encrypted") summary.encryptedKeys.add(ref.keyPath);
    if (check) ref.keyCheck = check;
  }
}
var FileReader = class {
  existing = /* @__PURE__ */ new Map();
  chains = /* @__PURE__ */ new Map();
  /** Key verdicts by certificate, then key path (paths come from the model's caches: one string, hashed once). */
  keyChecks = /* @__PURE__ */ new Map();
  dhparams = /* @__PURE__ */ new Map();
  chainProblems = /* @__PURE__ */ new Map();
  exists(path) {
    let known = this.existing.get(path);
    if (known === void 0) this.existing.set(path, known = fileExists(path));
    return known;
  }
  chain(path) {
    let outcome = this.chains.get(path);
    if (!outcome) this.chains.set(path, outcome = readChain(path));
    return outcome;
  }
  keyCheck(keyPath, certificate) {
    let byPath = this.keyChecks.get(certificate);
    if (!byPath) this.keyChecks.set(certificate, byPath = /* @__PURE__ */ new Map());
    if (!byPath.has(keyPath)) byPath.set(keyPath, checkKey(keyPath, certificate.publicKey));
    return byPath.get(keyPath);
  }
  dhparamBits(path) {
    if (!this.dhparams.has(path)) this.dhparams.set(path, readDhparamBits(path));
    return this.dhparams.get(path);
  }
  chainProblem(chain, rest, verify) {
    let byRest = this.chainProblems.get(chain);
    if (!byRest) this.chainProblems.set(chain, byRest = /* @__PURE__ */ new Map());
    if (!byRest.has(rest)) byRest.set(rest, verify());
    return byRest.get(rest);
  }
  /** Self-signed certificates of the endpoint's CA files: roots the operator's clients are told to trust. */
  trustedRoots(paths) {
    const roots = [];
    for (const path of paths) {
      if (!this.exists(path)) continue;
      const outcome = this.chain(path);
      if ("certificates" in outcome) {
        for (const cert of outcome.certificates) if (isSelfSigned(cert)) roots.push(cert);
      }
    }
    return roots;
  }
};
function readChain(path) {
  const text = readSmallFile(path);
  if (typeof text !== "string") return text;
  const pems = text.match(PEM_CERTIFICATES);
  if (!pems) return { readError: "not a PEM certificate" };
  try {
    const { X509Certificate } = cryptoModule();
    const certificates = pems.map((pem) => new X509Certificate(pem));
    return { certificates, infos: certificates.map(certificateInfo) };
  } catch {
    return { readError: "not a valid X.509 certificate" };
  }
}
function readSmallFile(path) {
  try {
    return readRegularFile(path, MAX_CERTIFICATE_BYTES).toString("latin1");
  } catch (error) {
    if (error instanceof RefusedFile) {
      if (error.reason === "directory") return { readError: "is a directory" };
      if (error.reason === "special") return { readError: "not a regular file" };
      return { readError: `larger than ${MAX_CERTIFICATE_BYTES} bytes` };
    }
    return { readError: fsReason(error) };
  }
}
function fileExists(path) {
  try {
    statSync2(path);
    return true;
  } catch (error) {
    const code2 = error.code;
    return code2 === "EACCES" || code2 === "EPERM" || code2 === "ELOOP";
  }
}
function checkKey(path, certificateKey) {
  const text = readSmallFile(path);
  if (typeof text !== "string") return void 0;
  if (PEM_ENCRYPTED_KEY.test(text)) return "encrypted";
  const pem = PEM_PRIVATE_KEY.exec(text)?.[0];
  if (!pem) return void 0;
  try {
    const { createPrivateKey, createPublicKey } = cryptoModule();
    const derived = createPublicKey(createPrivateKey(pem)).export({ type: "spki", format: "der" });
    return derived.equals(certificateKey.export({ type: "spki", format: "der" })) ? "match" : "mismatch";
  } catch {
    return void 0;
  }
}
function readDhparamBits(path) {
  const text = readSmallFile(path);
  if (typeof text !== "string") return void 0;
  const body = PEM_DH_PARAMETERS.exec(text)?.[2];
  return body === void 0 ? void 0 : dhPrimeBits(Buffer.from(body.replace(/\s+/g, ""), "base64"));
}
function certificateInfo(cert) {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const algorithm = SIGNATURE_ALGORITHMS[certificateSignatureOid(cert.raw) ?? ""];
  const names = subjectAltNames(cert.subjectAltName);
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    keyType: keyTypeOf(key.asymmetricKeyType),
    keyBits: details.modulusLength ?? curveBits(details.namedCurve),
    ocspResponders: ocspResponders(cert.infoAccess),
    selfSigned: isSelfSigned(cert),
    fingerprint256: cert.fingerprint256,
    dnsNames: names.dns,
    ipAddresses: names.ip,
    signatureAlgorithm: algorithm?.name ?? "unknown",
    ...algorithm?.hash ? { signatureHash: algorithm.hash } : {}
  };
}
function distinguishedName(text) {
  return text.replace(/\n/g, ", ");
}
function subjectAltNames(text) {
  const dns = [];
  const ip = [];
  for (const match of (text ?? "").matchAll(/(DNS|IP Address):("(?:[^"\\]|\\.)*"|[^,]*)/g)) {
    const value = match[2].startsWith('"') ? JSON.parse(match[2]) : match[2].trim();
    if (match[1] === "DNS") dns.push(value.toLowerCase());
    else ip.push(value);
  }
  return { dns, ip };
}
function keyTypeOf(type) {
  return type === "rsa" || type === "rsa-pss" ? "rsa" : type === "ec" || type === "ed25519" || type === "ed448" || type === "dsa" ? type : "unknown";
}
var CURVE_BITS = {
  prime192v1: 192,
  "P-192": 192,
  secp224r1: 224,
  "P-224": 224,
  prime256v1: 256,
  "P-256": 256,
  secp256k1: 256,
  secp384r1: 384,
  "P-384": 384,
  secp521r1: 521,
  "P-521": 521
};
function curveBits(curve) {
  return curve ? CURVE_BITS[curve] : void 0;
}
function ocspResponders(infoAccess) {
  if (!infoAccess) return [];
  return [...infoAccess.matchAll(/^OCSP - URI:(.+)$/gm)].map((m) => m[1].trim());
}
function isSelfSigned(cert) {
  return cert.issuer === cert.subject && signedBy(cert, cert);
}
function signedBy(cert, issuer) {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
function chainProblem(chain, anchors) {
  for (let index = 0; index + 1 < chain.length; index++) {
    if (!signedBy(chain[index], chain[index + 1])) {
      return { kind: "out-of-order", index, subject: distinguishedName(chain[index].subject), next: distinguishedName(chain[index + 1].subject) };
    }
  }
  const last = chain[chain.length - 1];
  if (isSelfSigned(last)) return void 0;
  const candidates = [...anchors, ...storeRoots(last.issuer), ...storeRoots(last.subject)];
  const samePublicKey = (a, b) => a.publicKey.equals(b.publicKey);
  if (candidates.some((root) => root.subject === last.issuer && signedBy(last, root) || root.subject === last.subject && samePublicKey(root, last))) return void 0;
  return { kind: "incomplete", issuer: distinguishedName(last.issuer) };
}
var rootsBySubject;
function storeRoots(subject) {
  if (!rootsBySubject) {
    rootsBySubject = /* @__PURE__ */ new Map();
    const { X509Certificate } = cryptoModule();
    for (const pem of tlsModule().rootCertificates) {
      try {
        const root = new X509Certificate(pem);
        const list = rootsBySubject.get(root.subject);
        if (list) list.push(root);
        else rootsBySubject.set(root.subject, [root]);
      } catch {
      }
    }
  }
  return rootsBySubject.get(subject) ?? [];
}
function fsReason(error) {
  const code2 = error.code;
  if (code2 === "ENOENT") return "file not found";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "EISDIR") return "is a directory";
  return `cannot be read (${code2 ?? "unknown error"})`;
}
var DAY_MS = 864e5;
function utcDay(date) {
  return date.toISOString().slice(0, 10);
}
function certificateRange(ref) {
  return ref.certificate.valueRange ?? ref.certificate.source;
}
function certificateProperties(info) {
  let properties = propertiesOf.get(info);
  if (!properties) {
    properties = Object.freeze({
      subject: info.subject,
      issuer: info.issuer,
      notBefore: info.notBefore.toISOString(),
      notAfter: info.notAfter.toISOString(),
      sha256Fingerprint: info.fingerprint256
    });
    propertiesOf.set(info, properties);
  }
  return properties;
}
var propertiesOf = /* @__PURE__ */ new WeakMap();

// src/engine/contributions.ts
var CONTRIBUTION_MESSAGE = "This file is included in the server the finding is about";
function contributedAreas(model, named) {
  const areas = [];
  const files = new Map(model.files.map((file) => [file.path, file]));
  for (const endpoint of model.endpoints) {
    const block = blockAt(files.get(endpoint.range.file), endpoint.range);
    if (!block?.children) continue;
    const included = /* @__PURE__ */ new Map();
    collectIncluded(block.children, included);
    const namedFile = [...included.values()].find((file) => named.has(file.path));
    if (namedFile) areas.push({ block: block.range, includedFiles: new Set(included.keys()), at: firstRange(namedFile) });
  }
  return areas;
}
function contributedFinding(finding, areas) {
  const { file, start } = finding.range;
  const area = areas.find((a) => a.includedFiles.has(file) || a.block.file === file && start.offset >= a.block.start.offset && start.offset < a.block.end.offset);
  if (!area) return void 0;
  return { ...finding, related: [...finding.related, { range: area.at, message: CONTRIBUTION_MESSAGE }] };
}
function blockAt(file, range) {
  if (!file) return void 0;
  const search = (directives) => {
    for (const directive of directives) {
      if (directive.range.end.offset <= range.start.offset || directive.range.start.offset > range.start.offset) continue;
      if (directive.children && (directive.headRange ?? directive.range).start.offset === range.start.offset) return directive;
      if (directive.children) return search(directive.children);
    }
    return void 0;
  };
  return search(file.directives);
}
function collectIncluded(directives, into) {
  for (const directive of directives) {
    for (const file of directive.included ?? []) {
      if (into.has(file.path)) continue;
      into.set(file.path, file);
      collectIncluded(file.directives, into);
    }
    if (directive.children) collectIncluded(directive.children, into);
  }
}
function firstRange(file) {
  const first = file.directives[0];
  if (first) return first.headRange ?? first.range;
  const origin = { line: 1, column: 1, offset: 0 };
  return { file: file.path, start: origin, end: origin };
}

// src/dialects/wording.ts
var WORDINGS = {
  nginx: { names: nginxNames, render: renderNginx },
  apache: { names: apacheNames, render: renderApache },
  caddy: { names: caddyNames, render: renderCaddy }
};
function wordingOf(id) {
  return WORDINGS[id];
}

// src/engine/define-rule.ts
var DOCS_BASE = "https://github.com/tlslint/tlslint/blob/main/rules/";
var DEFAULT_SECURITY_SEVERITY = { error: 7.5, warning: 5, note: 2 };
function defineRule(definition) {
  const { messages, check, securitySeverity, fixable, ...meta } = definition;
  return {
    meta: {
      ...meta,
      securitySeverity: securitySeverity ?? DEFAULT_SECURITY_SEVERITY[meta.severity],
      fixable: fixable ?? false,
      docs: `${DOCS_BASE}${meta.id}.md`
    },
    messages,
    check
  };
}
function formatMessage(template, data) {
  return typeof template === "string" ? template : template(data);
}

// src/engine/run-rule.ts
var MAX_IMPORT_SITES = 10;
var importSitesByModel = /* @__PURE__ */ new WeakMap();
function importSitesAt(model, range) {
  if (!model.importSites) return NO_RELATED;
  let byRange = importSitesByModel.get(model);
  if (!byRange) importSitesByModel.set(model, byRange = /* @__PURE__ */ new Map());
  const key = `${range.file}\0${startOffsetOf(range)}\0${endOffsetOf(range)}`;
  let shown = byRange.get(key);
  if (!shown) {
    const sites = model.importSites(range);
    const list = [];
    for (let i = 0; i < sites.length && i < MAX_IMPORT_SITES; i++) list.push({ range: sites[i], message: "Imported here" });
    const more = sites.length - list.length;
    if (more > 0) list[list.length - 1] = { ...list[list.length - 1], message: `Imported here (and at ${more} more places)` };
    byRange.set(key, shown = list);
  }
  return shown;
}
var NO_RELATED = Object.freeze([]);
function withImportSites(model, range, related) {
  const sites = importSitesAt(model, range);
  return sites.length === 0 ? related : [...related, ...sites];
}
function repeats(made, message, end) {
  return made.message === message && endOffsetOf(made.range) === end;
}
function appliesTo(rule, model) {
  return rule.meta.dialects === void 0 || rule.meta.dialects.includes(model.dialect);
}
function runRule(rule, model, options, severity = rule.meta.severity) {
  const findings = [];
  if (!appliesTo(rule, model)) return findings;
  const seen = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const messages = rule.messages;
  let lastTemplate;
  let lastData;
  let lastMessage = "";
  let lastId;
  let lastIdTemplate;
  let lastFile;
  let lastByStart;
  const ruleId = rule.meta.id;
  const wording = wordingOf(model.dialect);
  rule.check(model, {
    options,
    profile: getProfile(options.profile, options.guidelines),
    ruleOptions: options.ruleOptions[rule.meta.id] ?? {},
    names: wording.names,
    report(messageId, data, range, extras) {
      if (messageId !== lastId) {
        lastIdTemplate = messages[messageId];
        lastId = messageId;
      }
      const template = lastIdTemplate;
      if (template === void 0) throw new Error(`Rule ${rule.meta.id} reported unknown message id "${messageId}"`);
      if (extras?.change && !rule.meta.fixable) throw new Error(`Rule ${rule.meta.id} reported a change but is not marked fixable`);
      let message = lastMessage;
      if (template !== lastTemplate || data !== lastData) {
        const text = formatMessage(template, data);
        let known = texts.get(text);
        if (known === void 0) texts.set(text, known = text);
        lastTemplate = template;
        lastData = data;
        lastMessage = message = known;
      }
      const file = range.file;
      let byStart = lastByStart;
      if (file !== lastFile || !byStart) {
        byStart = seen.get(file);
        if (!byStart) seen.set(file, byStart = /* @__PURE__ */ new Map());
        lastFile = file;
        lastByStart = byStart;
      }
      const start = startOffsetOf(range);
      const end = endOffsetOf(range);
      const atStart = byStart.get(start);
      if (atStart !== void 0) {
        if (Array.isArray(atStart)) {
          for (const made of atStart) if (repeats(made, message, end)) return;
        } else if (repeats(atStart, message, end)) return;
      }
      const finding = {
        ruleId,
        messageId,
        severity,
        message,
        range,
        related: withImportSites(model, range, extras?.related ?? NO_RELATED),
        fix: extras?.change && wording.render(extras.change),
        properties: extras?.properties
      };
      if (atStart === void 0) byStart.set(start, finding);
      else if (Array.isArray(atStart)) atStart.push(finding);
      else byStart.set(start, [atStart, finding]);
      findings.push(finding);
    }
  });
  return findings;
}

// src/engine/suppressions.ts
var DIRECTIVE = /^\s*tlslint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/;
function suppressionComments(file) {
  const comments = [];
  for (const comment of file.comments) {
    const match = comment.text.includes("tlslint-") ? DIRECTIVE.exec(comment.text) : null;
    if (!match) continue;
    const [list, reason] = splitReason(match[2]);
    const line = comment.range.start.line;
    const kind = match[1];
    comments.push({ kind, ruleIds: list.split(/[\s,]+/).filter(Boolean), reason, file: file.path, line, from: line, to: line, used: false });
  }
  if (comments.length === 0) return comments;
  const lines = file.text.split("\n");
  for (const c of comments) coverLines(c, comments, lines);
  return comments.filter((c) => c.kind !== "enable");
}
function splitReason(rest) {
  const at = rest.indexOf(" -- ");
  if (at < 0) return [rest.replace(/\s--\s*$/, ""), void 0];
  return [rest.slice(0, at), rest.slice(at + 4).trim() || void 0];
}
function coverLines(c, all, lines) {
  if (c.kind === "disable-file") [c.from, c.to] = [1, lines.length];
  else if (c.kind === "disable-next-line") c.from = c.to = nextCodeLine(lines, c.line);
  else if (c.kind === "disable") {
    const end = all.find((e) => e.kind === "enable" && e.line > c.line && sameRules(e, c));
    c.to = end ? end.line : lines.length;
  }
}
function nextCodeLine(lines, line) {
  for (let i = line; i < lines.length; i++) if (!/^\s*(#.*)?\r?$/.test(lines[i])) return i + 1;
  return line + 1;
}
function sameRules(enable, disable) {
  return enable.ruleIds.length === 0 || disable.ruleIds.every((id) => enable.ruleIds.includes(id));
}
function unusedDisableLevel(setting) {
  if (setting === void 0 || setting === false || setting === "off") return void 0;
  return setting === true ? "warning" : setting;
}
function applySuppressions(findings, files, knownRuleIds, reportUnused) {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of files) byFile.set(file.path, suppressionComments(file));
  for (const finding of findings) {
    const comments = byFile.get(finding.range.file);
    if (!comments || comments.length === 0) continue;
    const line = finding.range.start.line;
    const match = comments.find((c) => line >= c.from && line <= c.to && (c.ruleIds.length === 0 || c.ruleIds.includes(finding.ruleId)));
    if (!match) continue;
    match.used = true;
    finding.suppression = { kind: "inSource", ...match.reason ? { justification: match.reason } : {} };
  }
  const unusedLevel = unusedDisableLevel(reportUnused);
  return [...byFile.values()].flat().flatMap((c) => notificationsFor(c, knownRuleIds, unusedLevel));
}
function notificationsFor(c, known, unusedLevel) {
  const unknown = c.ruleIds.filter((id) => !known.has(id));
  const about = { file: c.file, line: c.line, counts: true };
  if (unknown.length > 0) return [{ level: unusedLevel ?? "warning", message: `tlslint-${c.kind} names unknown rule "${unknown.join('", "')}"`, ...about }];
  if (unusedLevel && !c.used) return [{ level: unusedLevel, message: `Unused tlslint-${c.kind}${c.ruleIds.length ? ` ${c.ruleIds.join(", ")}` : ""}: nothing to suppress`, ...about }];
  return [];
}

// src/model/facts.ts
function certificateFacts(model) {
  return factsOf(model).certificates;
}
function endpointFacts(model) {
  return factsOf(model).endpoints;
}
var factsByModel = /* @__PURE__ */ new WeakMap();
function factsOf(model) {
  let known = factsByModel.get(model);
  if (!known || known.of !== model.endpoints) {
    known = findFacts(model);
    factsByModel.set(model, known);
  }
  return known;
}
function findFacts(model) {
  const infos = /* @__PURE__ */ new Set();
  const certificates = { infos: [], chainProblem: false, keyMismatch: false, missingFile: false, uncertifiedTls: false };
  const endpoints = {
    unverifiedClientAuth: false,
    insecureRenegotiation: false,
    compression: false,
    upstreams: false,
    dhparamBits: false,
    deprecated: false,
    unredirectedPlainHttp: false,
    plainHttpOn443: false
  };
  let lastChain;
  for (const endpoint of model.endpoints) {
    if (endpoint.certificates.length === 0 && !endpoint.rejectsHandshake && endpoint.listeners.some((l) => l.tls || l.quic)) certificates.uncertifiedTls = true;
    for (const ref of endpoint.certificates) {
      if (ref.chainProblem) certificates.chainProblem = true;
      if (ref.keyCheck === "mismatch") certificates.keyMismatch = true;
      if (ref.info) infos.add(ref.info);
      if (!ref.chain || ref.chain === lastChain) continue;
      lastChain = ref.chain;
      for (const info of ref.chain) infos.add(info);
    }
    for (const file of endpoint.files) if (file.exists === false) certificates.missingFile = true;
    const auth = endpoint.clientAuth;
    if (auth && auth.mode !== "none" && !auth.verified && !auth.handedOn && auth.source) endpoints.unverifiedClientAuth = true;
    if (endpoint.insecureRenegotiation?.value && endpoint.insecureRenegotiation.source !== null) endpoints.insecureRenegotiation = true;
    if (endpoint.compression?.value && endpoint.compression.source !== null) endpoints.compression = true;
    if (endpoint.upstreams.length > 0) endpoints.upstreams = true;
    if (endpoint.dhparamBits !== void 0 && endpoint.dhparam.source) endpoints.dhparamBits = true;
    if (endpoint.deprecated.length > 0) endpoints.deprecated = true;
    if (endpoint.application === "http") {
      for (const listener of endpoint.listeners) {
        if (listener.tls || listener.quic || listener.unixPath !== void 0) continue;
        if (!endpoint.httpRedirect?.toHttps) endpoints.unredirectedPlainHttp = true;
        if (listener.port === 443) endpoints.plainHttpOn443 = true;
      }
    }
  }
  certificates.infos = [...infos];
  return { of: model.endpoints, certificates, endpoints };
}

// rules/certificate-chain-incomplete.ts
var certificate_chain_incomplete_default = defineRule({
  id: "certificate-chain-incomplete",
  description: "The certificate chain the server sends is incomplete or out of order",
  howToFix: `Serve the full chain: the certificate first, then each intermediate that signed the one before it (the CA's "fullchain" file)`,
  severity: "warning",
  tags: ["security", "certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5,
  messages: {
    incomplete: (p) => `Missing intermediate certificate: the file ends with "${p.last}", whose issuer "${p.issuer}" is neither in the file nor a known root; clients without a cached copy refuse the chain`,
    outOfOrder: (p) => `Expected each certificate in the file to be signed by the next, got "${p.subject}" (certificate ${p.position}) followed by "${p.next}", which did not sign it`
  },
  check(model, ctx) {
    if (!certificateFacts(model).chainProblem) return;
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const problem = ref.chainProblem;
        if (!problem || !ref.info || !ref.chain) continue;
        const range = certificateRange(ref) ?? endpoint.range;
        const properties = certificateProperties(ref.info);
        if (problem.kind === "incomplete") {
          ctx.report("incomplete", { last: ref.chain[ref.chain.length - 1].subject, issuer: problem.issuer }, range, { properties });
        } else {
          ctx.report("outOfOrder", { position: problem.index + 1, subject: problem.subject, next: problem.next }, range, { properties });
        }
      }
    }
  }
});

// rules/certificate-expired.ts
var certificate_expired_default = defineRule({
  id: "certificate-expired",
  description: "A certificate the server presents has expired",
  howToFix: "Renew the certificate and point the certificate file setting at the new file",
  severity: "error",
  tags: ["security", "certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 7.5,
  messages: {
    expired: (p) => `Expected a certificate valid now, got "${p.subject}" that expired on ${p.notAfter} (${p.days} day${p.days === 1 ? "" : "s"} ago): browsers refuse the connection`
  },
  check(model, ctx) {
    const now = ctx.options.now.getTime();
    if (!certificateFacts(model).infos.some((info) => info.notAfter.getTime() < now)) return;
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const chain = ref.chain ?? (ref.info ? [ref.info] : []);
        for (let index = 0; index < chain.length; index++) {
          const info = chain[index];
          if (index > 0 && info.selfSigned || info.notAfter.getTime() >= now) continue;
          const days = Math.floor((now - info.notAfter.getTime()) / DAY_MS);
          ctx.report("expired", { subject: info.subject, notAfter: utcDay(info.notAfter), days }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
        }
      }
    }
  }
});

// rules/certificate-expires-soon.ts
var DEFAULT_DAYS = 30;
var certificate_expires_soon_default = defineRule({
  id: "certificate-expires-soon",
  description: "A certificate the server presents expires within the warning period",
  howToFix: "Renew the certificate now and check that automatic renewal (certbot, acme.sh) runs",
  severity: "warning",
  tags: ["security", "certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 4,
  options: {
    days: {
      description: "Warn when a certificate expires within this many days of `--now` (default 30).",
      type: "integer",
      minimum: 1,
      default: DEFAULT_DAYS,
      examples: [14]
    }
  },
  messages: {
    soon: (p) => `Expected a certificate valid for at least ${p.limit} more days, got "${p.subject}" that expires on ${p.notAfter} (in ${p.days} day${p.days === 1 ? "" : "s"})`
  },
  check(model, ctx) {
    const limit = typeof ctx.ruleOptions.days === "number" ? ctx.ruleOptions.days : DEFAULT_DAYS;
    const now = ctx.options.now.getTime();
    if (!certificateFacts(model).infos.some((info) => daysLeftWithin(info, now, limit) !== void 0)) return;
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const info = ref.info;
        const days = info && daysLeftWithin(info, now, limit);
        if (!info || days === void 0) continue;
        ctx.report("soon", { subject: info.subject, notAfter: utcDay(info.notAfter), days, limit }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
      }
    }
  }
});
function daysLeftWithin(info, now, limit) {
  if (info.notAfter.getTime() < now || info.notBefore.getTime() > now) return void 0;
  const days = Math.floor((info.notAfter.getTime() - now) / DAY_MS);
  return days < limit ? days : void 0;
}

// rules/certificate-file-missing.ts
import { isAbsolute as isAbsolute3, relative as relative3 } from "node:path";
var ROLE_WORDS = {
  certificate: "certificate file",
  key: "key file",
  chain: "certificate chain file",
  "trusted-certificate": "CA certificate file",
  dhparam: "DH parameters file"
};
var certificate_file_missing_default = defineRule({
  id: "certificate-file-missing",
  description: "A certificate, key, CA or DH parameters file the config names does not exist",
  howToFix: "Point the setting at the file that exists, or add the file; with files deployed outside the checkout, map their directory in with `--map`",
  severity: "error",
  tags: ["certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5,
  messages: {
    missing: (p) => `Missing ${p.role} "${p.value}"${p.where}: the server refuses to start`
  },
  check(model, ctx) {
    if (!certificateFacts(model).missingFile) return;
    for (const endpoint of model.endpoints) {
      for (const file of endpoint.files) {
        if (file.exists !== false || !file.inCheckout || !file.path) continue;
        const value = file.setting.value;
        const inRoot = relative3(ctx.options.root, file.path);
        const shown = inRoot.startsWith("..") || isAbsolute3(inRoot) ? file.path : inRoot;
        const where = isAbsolute3(value) && file.path !== value ? ` (looked for ${shown})` : "";
        ctx.report("missing", { role: ROLE_WORDS[file.role], value, where }, file.setting.valueRange ?? file.setting.source ?? endpoint.range);
      }
    }
  }
});

// rules/certificate-internal-ca.ts
var certificate_internal_ca_default = defineRule({
  id: "certificate-internal-ca",
  description: "A public host name is served with a certificate from the server's local CA",
  howToFix: "Serve a certificate from a publicly trusted CA: let the server obtain one through ACME, or name certificate and key files",
  severity: "note",
  tags: ["certificates"],
  profiles: ["modern", "intermediate", "old"],
  // Only Caddy obtains certificates from a CA of its own (`tls internal`, `local_certs`, an automation policy
  // with the "internal" issuer). nginx and Apache serve the files they are given; what signed those is read
  // from the files (a self-signed or privately issued leaf is the certificate rules' business).
  dialects: ["caddy"],
  messages: {
    localCa: (p) => `Expected a publicly trusted certificate for ${p.names}, got one from ${p.server}'s local CA, which browsers trust only where its root was installed by hand; let ${p.server} obtain one through ACME or name certificate and key files in "${p.setting}"`
  },
  check(model, ctx) {
    const byPlace = /* @__PURE__ */ new Map();
    let loadedNames;
    const loaded = () => loadedNames ??= model.endpoints.flatMap((e) => e.certificates.flatMap((ref) => ref.managed ? [] : ref.info?.dnsNames ?? []));
    for (const endpoint of model.endpoints) {
      for (const ref of endpoint.certificates) {
        if (ref.managed?.issuer !== "local-ca") continue;
        const unlessLoaded = ref.managed.unlessLoaded === true;
        const names = ref.managed.names.filter((name) => isPublicName(name) && !(unlessLoaded && loaded().some((san) => covers(san, name))));
        if (names.length === 0) continue;
        const place = ref.certificate.source ?? endpoint.range;
        const seen = byPlace.get(place) ?? /* @__PURE__ */ new Set();
        for (const name of names) seen.add(name);
        byPlace.set(place, seen);
      }
    }
    for (const [place, names] of byPlace) {
      ctx.report("localCa", { names: [...names].map((n) => `"${n}"`).join(", "), server: ctx.names.server, setting: ctx.names.setting("certificate", place) }, place);
    }
  }
});
function covers(san, name) {
  if (san === name) return true;
  if (!san.startsWith("*.")) return false;
  const dot = name.indexOf(".");
  return dot > 0 && name.slice(dot) === san.slice(1);
}
function isPublicName(name) {
  const host = name.toLowerCase().replace(/\.$/, "").replace(/^\*\./, "");
  if (host.includes(":") || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || !host.includes(".")) return false;
  return !/\.(localhost|local|internal|home\.arpa|test|example|invalid|onion)$/.test(host);
}

// rules/certificate-key-mismatch.ts
var certificate_key_mismatch_default = defineRule({
  id: "certificate-key-mismatch",
  description: "The private key does not belong to the certificate",
  howToFix: "Pair each certificate file with the key file it was issued for (their public keys must be equal)",
  severity: "error",
  tags: ["certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5,
  messages: {
    mismatch: (p) => `Expected the key file "${p.key}" to hold the private key of certificate "${p.subject}": their public keys differ, the server refuses to start`
  },
  check(model, ctx) {
    if (!certificateFacts(model).keyMismatch) return;
    for (const endpoint of model.endpoints) {
      for (const ref of endpoint.certificates) {
        if (ref.keyCheck !== "mismatch" || !ref.info || !ref.key) continue;
        const range = ref.key.valueRange ?? ref.key.source ?? certificateRange(ref) ?? endpoint.range;
        const certificate = certificateRange(ref);
        ctx.report("mismatch", { subject: ref.info.subject, key: ref.key.value }, range, {
          properties: certificateProperties(ref.info),
          related: certificate ? [{ range: certificate, message: "The certificate file" }] : []
        });
      }
    }
  }
});

// src/tls/hostnames.ts
function requestedNames(serverName) {
  const lower = serverName.toLowerCase();
  const name = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if (name === "" || name === "_" || name === "*" || name.startsWith("~") || name.includes("$")) return null;
  if (name.startsWith(".")) return [name.slice(1), `*${name}`];
  if (name.indexOf("*", 1) !== -1 || name.includes("*") && !name.startsWith("*.")) return null;
  if (name.startsWith("[")) return null;
  return [name];
}
function certificateCovers(info, name) {
  if (mayBeIP(name) && netModule().isIP(name)) return info.ipAddresses.includes(name);
  if (info.dnsNames.includes(name)) return true;
  if (name.startsWith("*.")) return false;
  const dot = name.indexOf(".");
  if (dot <= 0) return false;
  for (const dnsName of info.dnsNames) if (isWildcardFor(dnsName, name, dot)) return true;
  return false;
}
function isWildcardFor(dnsName, name, dot) {
  if (dnsName.length !== name.length - dot + 1 || dnsName.charCodeAt(0) !== STAR) return false;
  for (let i = 1; i < dnsName.length; i++) if (dnsName.charCodeAt(i) !== name.charCodeAt(dot + i - 1)) return false;
  return true;
}
var STAR = 42;
function mayBeIP(name) {
  return name.includes(":") || name.charCodeAt(0) <= 57 && DIGITS_AND_DOTS.test(name);
}
var DIGITS_AND_DOTS = /^[0-9.]+$/;

// rules/certificate-name-mismatch.ts
function quoted(names) {
  return names.map((n) => `"${n}"`).join(", ");
}
var certificate_name_mismatch_default = defineRule({
  id: "certificate-name-mismatch",
  description: "The certificate does not cover a name the server answers for",
  howToFix: "Get a certificate whose subjectAltNames list every server name (or a matching wildcard), or serve those names from a server with such a certificate",
  severity: "error",
  tags: ["security", "certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 7,
  messages: {
    uncovered: (p) => `Expected the certificate "${p.subject}" to cover ${p.names}, its names are ${p.sans}: browsers refuse the connection`
  },
  check(model, ctx) {
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const info = ref.info;
        if (!info) continue;
        let missed;
        for (const serverName of endpoint.serverNames) {
          const names = requestedNames(serverName);
          if (names) {
            for (const name of names) if (!certificateCovers(info, name)) (missed ??= []).push(name);
          }
        }
        if (!missed) continue;
        const uncovered = [...new Set(missed)];
        const sans = [...info.dnsNames, ...info.ipAddresses];
        ctx.report(
          "uncovered",
          { names: quoted(uncovered), sans: sans.length ? quoted(sans) : "none (no subjectAltName)", subject: info.subject },
          certificateRange(ref) ?? endpoint.range,
          { properties: certificateProperties(info), related: [{ range: endpoint.range, message: `The server: ${endpoint.label}` }] }
        );
      }
    }
  }
});

// rules/certificate-not-yet-valid.ts
var certificate_not_yet_valid_default = defineRule({
  id: "certificate-not-yet-valid",
  description: "A certificate the server presents is not valid yet",
  howToFix: "Serve a certificate that is valid now (check the clock of the machine that issued it), or wait until its start date before deploying it",
  severity: "error",
  tags: ["security", "certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 7.5,
  messages: {
    notYetValid: (p) => `Expected a certificate valid now, got "${p.subject}" that is valid only from ${p.notBefore}: browsers refuse the connection`
  },
  check(model, ctx) {
    const now = ctx.options.now.getTime();
    if (!certificateFacts(model).infos.some((info) => info.notBefore.getTime() > now)) return;
    const reportOf = /* @__PURE__ */ new Map();
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const chain = ref.chain ?? (ref.info ? [ref.info] : []);
        for (let index = 0; index < chain.length; index++) {
          const info = chain[index];
          if (index > 0 && info.selfSigned || info.notBefore.getTime() <= now) continue;
          let report = reportOf.get(info);
          if (!report) {
            report = { data: { subject: info.subject, notBefore: utcDay(info.notBefore) }, extras: { properties: certificateProperties(info) } };
            reportOf.set(info, report);
          }
          ctx.report("notYetValid", report.data, certificateRange(ref) ?? endpoint.range, report.extras);
        }
      }
    }
  }
});

// src/tls/cipher-string.ts
var isSeparator = (ch) => ch === ":" || ch === " " || ch === ";" || ch === ",";
var isNameChar = (ch) => ch !== void 0 && /[A-Za-z0-9.=-]/.test(ch);
function appendTail(list, node) {
  if (node === list.tail) return;
  if (node === list.head) list.head = node.next;
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  list.tail.next = node;
  node.prev = list.tail;
  node.next = null;
  list.tail = node;
}
function appendHead(list, node) {
  if (node === list.head) return;
  if (node === list.tail) list.tail = node.prev;
  if (node.next) node.next.prev = node.prev;
  if (node.prev) node.prev.next = node.next;
  list.head.prev = node;
  node.next = list.head;
  node.prev = null;
  list.head = node;
}
function unlink(list, node) {
  if (list.head === node) list.head = node.next;
  else node.prev.next = node.next;
  if (list.tail === node) list.tail = node.prev;
  node.active = false;
  if (node.next) node.next.prev = node.prev;
  if (node.prev) node.prev.next = node.next;
  node.next = null;
  node.prev = null;
}
function matchesStrength(selector, suite, build) {
  for (const group of build.strengthGroups) {
    const wanted = group.filter((f) => selector.strength.has(f));
    if (wanted.length > 0 && !wanted.some((f) => suite.flags.includes(f))) return false;
  }
  return true;
}
function matches(selector, suite, build) {
  if (selector.code !== void 0 && selector.code !== suite.code) return false;
  if (selector.kx && !selector.kx.has(suite.kx)) return false;
  if (selector.au && !selector.au.has(suite.au)) return false;
  if (selector.enc && !selector.enc.has(suite.enc)) return false;
  if (selector.mac && !selector.mac.has(suite.mac)) return false;
  if (selector.minProtocol && selector.minProtocol !== suite.minProtocol) return false;
  return matchesStrength(selector, suite, build);
}
function applyAction(list, node, action) {
  if (action === "ADD" && !node.active) {
    appendTail(list, node);
    node.active = true;
  } else if (action === "ORD" && node.active) appendTail(list, node);
  else if (action === "DEL" && node.active) {
    appendHead(list, node);
    node.active = false;
  } else if (action === "BUMP" && node.active) appendHead(list, node);
  else if (action === "KILL") unlink(list, node);
}
function applyRule(list, build, action, selector, strengthBits = -1) {
  const reverse = action === "DEL" || action === "BUMP";
  let next = reverse ? list.tail : list.head;
  const last = reverse ? list.head : list.tail;
  let curr = null;
  for (; ; ) {
    if (curr === last) break;
    curr = next;
    if (curr === null) break;
    next = reverse ? curr.prev : curr.next;
    const hit = strengthBits >= 0 ? curr.suite.strengthBits === strengthBits : !selector || matches(selector, curr.suite, build);
    if (hit) applyAction(list, curr, action);
  }
}
function strengthSort(list, build) {
  const used = /* @__PURE__ */ new Set();
  for (let n = list.head; n; n = n.next) if (n.active) used.add(n.suite.strengthBits);
  for (const bits of [...used].sort((a, b) => b - a)) applyRule(list, build, "ORD", null, bits);
}
function selectorOf(def) {
  if (!def) return null;
  const set = (v) => v ? new Set(v) : void 0;
  return { kx: set(def.kx), au: set(def.au), enc: set(def.enc), mac: set(def.mac), minProtocol: def.minProtocol, strength: new Set(def.strength ?? []) };
}
function runOrderStep(list, build, step) {
  if (step.action === "STRENGTH") strengthSort(list, build);
  else applyRule(list, build, step.action, selectorOf(step.select));
}
var initialOrders = /* @__PURE__ */ new Map();
function initialOrder(build) {
  const cached = initialOrders.get(build.version);
  if (cached) return cached;
  const list = linkedList(build.suites);
  for (const step of build.order) runOrderStep(list, build, step);
  const order = toArray(list, false);
  initialOrders.set(build.version, order);
  return order;
}
function linkedList(suites) {
  const nodes = suites.map((suite) => ({ suite, active: false, prev: null, next: null }));
  nodes.forEach((n, i) => {
    n.prev = nodes[i - 1] ?? null;
    n.next = nodes[i + 1] ?? null;
  });
  return { head: nodes[0] ?? null, tail: nodes[nodes.length - 1] ?? null };
}
function toArray(list, activeOnly) {
  const out = [];
  for (let n = list.head; n; n = n.next) if (!activeOnly || n.active) out.push(n.suite);
  return out;
}
var lookupTables = /* @__PURE__ */ new Map();
function lookupTable(build) {
  let table = lookupTables.get(build.version);
  if (!table) {
    table = /* @__PURE__ */ new Map();
    for (const suite of build.suites) table.set(suite.openssl, { kind: "suite", suite });
    for (const alias of build.aliases) if (!table.has(alias.name)) table.set(alias.name, { kind: "alias", alias });
    lookupTables.set(build.version, table);
  }
  return table;
}
function intersect(selector, key, values) {
  if (!values) return true;
  const current = selector[key];
  const next = current ? new Set(values.filter((v) => current.has(v))) : new Set(values);
  selector[key] = next;
  return next.size > 0;
}
function combineStrength(selector, flags, build) {
  for (const [index, group] of build.strengthGroups.entries()) {
    const incoming = flags.filter((f) => group.includes(f));
    if (incoming.length === 0) continue;
    const current = group.filter((f) => selector.strength.has(f));
    if (current.length > 0) {
      for (const f of current) if (!incoming.includes(f)) selector.strength.delete(f);
      if (!group.some((f) => selector.strength.has(f))) return false;
    } else if (index === 0 && build.strongOverwrites) selector.strength = new Set(incoming);
    else for (const f of incoming) selector.strength.add(f);
  }
  return true;
}
function combine(selector, entry, build) {
  const def = entry.kind === "alias" ? entry.alias : { kx: [entry.suite.kx], au: [entry.suite.au], enc: [entry.suite.enc], mac: [entry.suite.mac] };
  const flags = entry.kind === "alias" ? entry.alias.strength ?? [] : entry.suite.flags;
  if (!intersect(selector, "kx", def.kx) || !intersect(selector, "au", def.au)) return false;
  if (!intersect(selector, "enc", def.enc) || !intersect(selector, "mac", def.mac)) return false;
  if (!combineStrength(selector, flags, build)) return false;
  if (entry.kind === "suite") selector.code = entry.suite.code;
  else if (entry.alias.minProtocol) {
    if (selector.minProtocol && selector.minProtocol !== entry.alias.minProtocol) return false;
    selector.minProtocol = entry.alias.minProtocol;
  }
  return true;
}
function readName(state) {
  const start = state.pos;
  while (isNameChar(state.text[state.pos])) state.pos++;
  return state.text.slice(start, state.pos);
}
function skipToSeparator(state) {
  while (state.pos < state.text.length && !isSeparator(state.text[state.pos])) state.pos++;
}
function markInvalid(state, at = state.pos) {
  state.ok = false;
  if (state.invalidAt === void 0 && state.base >= 0) state.invalidAt = state.base + at;
}
function recordUnknown(state, at) {
  if (state.base < 0) return;
  let end = at;
  while (end < state.text.length && !isSeparator(state.text[end]) && state.text[end] !== "+") end++;
  const name = state.text.slice(at, end);
  const known = KNOWN_SUITES.has(name) || KNOWN_ALIASES.has(name);
  state.unknown.push({ term: name, offset: state.base + at, reason: known ? "not-in-build" : "unknown", adds: state.action === "ADD" });
}
function runSpecial(state, name, at, list, build) {
  if (name === "STRENGTH") strengthSort(list, build);
  else if (name.length === 10 && name.startsWith("SECLEVEL=") && /[0-5]/.test(name[9])) state.securityLevel = Number(name[9]);
  else markInvalid(state, at);
  skipToSeparator(state);
}
function readSelector(state, build) {
  const selector = { strength: /* @__PURE__ */ new Set() };
  const table = lookupTable(build);
  for (; ; ) {
    const at = state.pos;
    const name = readName(state);
    if (name === "") return "invalid";
    const multi = state.text[state.pos] === "+";
    if (multi) state.pos++;
    const entry = table.get(name);
    if (!entry) {
      recordUnknown(state, at);
      return null;
    }
    if (!combine(selector, entry, build)) return null;
    if (!multi) return selector;
  }
}
function prefixAction(ch) {
  if (ch === "-") return "DEL";
  if (ch === "+") return "ORD";
  if (ch === "!") return "KILL";
  if (ch === "@") return "SPECIAL";
  return "ADD";
}
function processRules(state, list, build) {
  while (state.pos < state.text.length) {
    const ch = state.text[state.pos];
    const action = prefixAction(ch);
    if (action !== "ADD") state.pos++;
    else if (isSeparator(ch)) {
      state.pos++;
      continue;
    }
    if (action === "SPECIAL") {
      const at = state.pos - 1;
      const name = readName(state);
      if (name === "") {
        markInvalid(state);
        state.pos++;
        skipToSeparator(state);
      } else runSpecial(state, name, at, list, build);
      continue;
    }
    state.action = action;
    const selector = readSelector(state, build);
    if (selector === "invalid") {
      markInvalid(state);
      state.pos++;
      skipToSeparator(state);
    } else if (selector) applyRule(list, build, action, selector);
    else skipToSeparator(state);
  }
}
function suiteBReplacement(cipherString) {
  if (cipherString.startsWith("SUITEB128ONLY")) return "ECDHE-ECDSA-AES128-GCM-SHA256";
  if (cipherString.startsWith("SUITEB128C2")) return "ECDHE-ECDSA-AES256-GCM-SHA384";
  if (cipherString.startsWith("SUITEB128")) return "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384";
  if (cipherString.startsWith("SUITEB192")) return "ECDHE-ECDSA-AES256-GCM-SHA384";
  return null;
}
function expandUncached(cipherString, version) {
  const build = getBuild(version);
  const list = linkedList(initialOrder(build));
  const state = { text: "", base: 0, pos: 0, ok: true, securityLevel: build.defaultSecurityLevel, unknown: [] };
  const suiteB = suiteBReplacement(cipherString);
  let rest = suiteB ?? cipherString;
  let base = suiteB ? -1 : 0;
  if (rest.startsWith("DEFAULT")) {
    processRules(Object.assign(state, { text: build.defaultCipherList, base: -1, pos: 0 }), list, build);
    const skip = rest[7] === ":" ? 8 : 7;
    rest = rest.slice(skip);
    base = base < 0 ? -1 : skip;
  }
  if (state.ok && rest !== "") processRules(Object.assign(state, { text: rest, base, pos: 0 }), list, build);
  const suites = state.ok ? toArray(list, true) : [];
  const error = errorOf(state, suites);
  return { cipherString, openssl: version, suites: error ? [] : suites, unknownTerms: state.unknown, securityLevel: state.securityLevel, error };
}
function errorOf(state, suites) {
  if (!state.ok) return { kind: "invalid command", message: "Invalid command in cipher string", offset: state.invalidAt };
  if (suites.length === 0) return { kind: "no cipher match", message: "No cipher match" };
  return null;
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 1e3;
function expandCipherString(cipherString, version = "3.0") {
  let byString = cache.get(version);
  if (!byString) cache.set(version, byString = /* @__PURE__ */ new Map());
  let result = byString.get(cipherString);
  if (!result) {
    result = expandUncached(cipherString, version);
    if (byString.size >= CACHE_LIMIT) byString.delete(byString.keys().next().value);
    byString.set(cipherString, result);
  }
  return result;
}

// src/tls/negotiable.ts
var MIN_BITS = [0, 80, 112, 128, 192, 256];
function securityLevelAllows(suite, level) {
  if (level === null || level <= 0) return true;
  const minBits = MIN_BITS[Math.min(level, 5)];
  if (suite.strengthBits < minBits) return false;
  if (suite.au === "aNULL" || suite.mac === "MD5") return false;
  if (minBits > 160 && suite.mac === "SHA1") return false;
  if (level >= 2 && suite.enc === "RC4") return false;
  if (level >= 3 && !["kDHE", "kECDHE", "kDHEPSK", "kECDHEPSK"].includes(suite.kx)) return false;
  return true;
}
function needsServerExtras(suite) {
  return ["aPSK", "aSRP"].includes(suite.au) || ["kPSK", "kRSAPSK", "kDHEPSK", "kECDHEPSK", "kSRP"].includes(suite.kx);
}
var PROTOCOL_INDEX = (p) => TLS_PROTOCOLS.indexOf(p);
function suiteUsableWith(suite, protocols) {
  const min = PROTOCOL_INDEX(suite.minProtocol);
  const max = PROTOCOL_INDEX(suite.maxProtocol);
  return protocols.some((p) => PROTOCOL_INDEX(p) >= min && PROTOCOL_INDEX(p) <= max && p !== "TLSv1.3");
}
function negotiableProtocols(protocols, version, level) {
  const compiled = COMPILED_PROTOCOLS[version];
  const refused = version === "3.0" && level !== null && level >= 1 ? ["SSLv3", "TLSv1", "TLSv1.1"] : [];
  return protocols.filter((p) => compiled.includes(p) && !refused.includes(p));
}
var COMPILED_PROTOCOLS = {
  "3.0": ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"],
  "1.1.1": ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"],
  "1.0.2": ["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"]
};
function negotiableSuites(result, options = {}) {
  const level = options.securityLevel !== void 0 ? options.securityLevel : result.securityLevel;
  const protocols = negotiableProtocols(options.protocols ?? TLS_PROTOCOLS, result.openssl, level);
  return result.suites.filter((s) => securityLevelAllows(s, level) && !needsServerExtras(s) && suiteUsableWith(s, protocols));
}
function suiteFitsKeyType(suite, keyType) {
  if (keyType === "unknown") return true;
  if (suite.au === "aNULL") return true;
  if (suite.au === "aRSA") return keyType === "rsa";
  if (suite.au === "aECDSA") return keyType === "ec" || keyType === "ed25519" || keyType === "ed448";
  if (suite.au === "aDSS") return keyType === "dsa";
  return false;
}

// src/tls/endpoint-ciphers.ts
function cipherTargets(model, openssl) {
  return cipherTargetsFound(model, openssl).targets;
}
function cipherTargetKinds(model, openssl) {
  return cipherTargetsFound(model, openssl).kinds;
}
function cipherTargetsFound(model, openssl) {
  let byVersion = targetsByModel.get(model);
  if (!byVersion) targetsByModel.set(model, byVersion = /* @__PURE__ */ new Map());
  let found = byVersion.get(openssl);
  if (!found) byVersion.set(openssl, found = findCipherTargets(model, openssl));
  return found;
}
var targetsByModel = /* @__PURE__ */ new WeakMap();
function findCipherTargets(model, openssl) {
  const seen = new TargetPlaces();
  const values = tlsSettingValues(model);
  const facts = new FactsIds(values.protocols.length);
  const offered = [];
  const targets = [];
  const kinds = [];
  const endpoints = tlsEndpoints(model);
  for (let i = 0; i < endpoints.length; i++) {
    const endpoint = endpoints[i];
    if (endpoint.unknown.size > 0 && (endpoint.unknown.has("ciphers") || endpoint.unknown.has("protocols"))) continue;
    const setting = endpoint.ciphers;
    const range = setting.source ? setting.valueRange ?? setting.source : endpoint.range;
    const id = facts.of(endpoint, values.cipherOf[i], values.protocolsOf[i]);
    if (!seen.add(range, id)) continue;
    let suites = offered[id];
    const first = suites === void 0;
    if (first) offered[id] = suites = offeredSuites(endpoint, openssl, model.server.tlsLibrary);
    const target = { endpoint, range, isDefault: setting.source === null, expansion: suites.expansion, negotiable: suites.negotiable, legacyProtocols: suites.legacyProtocols };
    targets.push(target);
    if (first) kinds.push(target);
  }
  return { targets, kinds };
}
var TargetPlaces = class {
  /** By file, then start offset: [end offset, facts id, ...] of each target starting there. */
  byFile = /* @__PURE__ */ new Map();
  /** Records the pair; false when it was recorded before. */
  add(range, id) {
    let byStart = this.byFile.get(range.file);
    if (!byStart) this.byFile.set(range.file, byStart = /* @__PURE__ */ new Map());
    const start = startOffsetOf(range);
    const end = endOffsetOf(range);
    const pairs = byStart.get(start);
    if (!pairs) {
      byStart.set(start, [end, id]);
      return true;
    }
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === end && pairs[i + 1] === id) return false;
    pairs.push(end, id);
    return true;
  }
};
var FactsIds = class {
  /** @param protocolLists how many distinct protocol lists the indexes given to `of` range over. */
  constructor(protocolLists) {
    this.protocolLists = protocolLists;
  }
  protocolLists;
  /** By cipher string, protocols and DH parameters (one number, see `of`), then key types. */
  byValues = /* @__PURE__ */ new Map();
  next = 0;
  /** The id of `endpoint`, whose cipher string and protocol list have these indexes in tlsSettingValues. */
  of(endpoint, cipher, protocols) {
    const values = (cipher * this.protocolLists + protocols) * 2 + (hasDhParameters(endpoint) ? 1 : 0);
    let byKeyTypes = this.byValues.get(values);
    if (!byKeyTypes) this.byValues.set(values, byKeyTypes = /* @__PURE__ */ new Map());
    const keyTypes = keyTypesCode(endpoint.certificates);
    let id = byKeyTypes.get(keyTypes);
    if (id === void 0) byKeyTypes.set(keyTypes, id = this.next++);
    return id;
  }
};
function protocolsCode(protocols) {
  if (protocols.length > 18) return protocols.join(" ");
  let code2 = 0;
  for (let i = 0; i < protocols.length; i++) code2 = code2 * 7 + TLS_PROTOCOLS.indexOf(protocols[i]) + 1;
  return code2;
}
var KEY_TYPES = ["", "rsa", "ec", "ed25519", "ed448", "dsa", "unknown"];
function keyTypesCode(certificates) {
  if (certificates.length > 17) return certificates.map((c) => c.info?.keyType ?? "").join(",");
  let code2 = 0;
  for (let i = 0; i < certificates.length; i++) code2 = code2 * 8 + KEY_TYPES.indexOf(certificates[i].info?.keyType ?? "") + 1;
  return code2;
}
function tlsSettingValues(model) {
  const endpoints = tlsEndpoints(model);
  let values = settingValuesByList.get(endpoints);
  if (!values) {
    const ciphers = /* @__PURE__ */ new Map();
    const ciphersuites = /* @__PURE__ */ new Set();
    const protocols = /* @__PURE__ */ new Map();
    const protocolLists = [];
    const cipherOf = new Int32Array(endpoints.length);
    const protocolsOf = new Int32Array(endpoints.length);
    for (let i = 0; i < endpoints.length; i++) {
      const endpoint = endpoints[i];
      let cipher = ciphers.get(endpoint.ciphers.value);
      if (cipher === void 0) ciphers.set(endpoint.ciphers.value, cipher = ciphers.size);
      cipherOf[i] = cipher;
      ciphersuites.add(endpoint.ciphersuites.value);
      const code2 = protocolsCode(endpoint.protocols.value);
      let list = protocols.get(code2);
      if (list === void 0) {
        protocols.set(code2, list = protocolLists.length);
        protocolLists.push(endpoint.protocols.value);
      }
      protocolsOf[i] = list;
    }
    values = { ciphers: [...ciphers.keys()], ciphersuites: [...ciphersuites], protocols: protocolLists, cipherOf, protocolsOf };
    settingValuesByList.set(endpoints, values);
  }
  return values;
}
var settingValuesByList = /* @__PURE__ */ new WeakMap();
function offeredSuites(endpoint, openssl, library = "openssl") {
  const expansion = library === "go" ? expandGoSuites(endpoint.ciphers.value, openssl) : expandCipherString(endpoint.ciphers.value, openssl);
  const legacyProtocols = negotiableProtocols(endpoint.protocols.value, openssl, expansion.securityLevel).filter((p) => p !== "TLSv1.3");
  const negotiable = negotiableSuites(expansion, { protocols: legacyProtocols }).filter((s) => s.kx !== "kDHE" || hasDhParameters(endpoint));
  return { expansion, negotiable, legacyProtocols };
}
function cipherSecurityLevel(model, endpoint, openssl) {
  if (model.server.tlsLibrary === "go") return null;
  return expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
}
function cipherSecurityLevels(model, openssl) {
  if (model.server.tlsLibrary === "go") return tlsEndpoints(model).length > 0 ? [null] : [];
  return tlsSettingValues(model).ciphers.map((value) => expandCipherString(value, openssl).securityLevel);
}
function hasDhParameters(endpoint) {
  return endpoint.dheAvailable;
}
function rangeInsideValue(valueRange, value, offset, length) {
  const span = valueRange.end.offset - valueRange.start.offset;
  const singleLine = valueRange.start.line === valueRange.end.line;
  const quote = span === value.length + 2 ? 1 : span === value.length ? 0 : -1;
  if (!singleLine || quote < 0) return valueRange;
  const at = (delta) => ({
    line: valueRange.start.line,
    column: valueRange.start.column + quote + delta,
    offset: valueRange.start.offset + quote + delta
  });
  return { file: valueRange.file, start: at(offset), end: at(offset + length) };
}

// src/tls/security-level.ts
var LEVEL_BITS = [0, 80, 112, 128, 192, 256];
function modulusBits(bits) {
  if (bits >= 15360) return 256;
  if (bits >= 7680) return 192;
  if (bits >= 3072) return 128;
  if (bits >= 2048) return 112;
  if (bits >= 1024) return 80;
  return 0;
}
function keySecurityBits(keyType, keyBits) {
  if (keyType === "ed25519") return 128;
  if (keyType === "ed448") return 224;
  if (keyBits === void 0) return void 0;
  if (keyType === "ec") return Math.floor(keyBits / 2);
  if (keyType === "rsa" || keyType === "dsa") return modulusBits(keyBits);
  return void 0;
}
function dhSecurityBits(bits) {
  return modulusBits(bits);
}
function signatureSecurityBits(hash, openssl) {
  if (hash === "sha1") return openssl === "3.0" ? 63 : 80;
  if (hash === "md5") return openssl === "3.0" ? 39 : 64;
  if (hash === "md2") return 0;
  const sizes = { sha224: 112, sha256: 128, sha384: 192, sha512: 256 };
  return hash ? sizes[hash] : void 0;
}
function refusedAt(level, bits) {
  if (level === null || bits === void 0 || level <= 0) return false;
  return bits < LEVEL_BITS[Math.min(level, 5)];
}
function minimumKeyBits(level) {
  const bits = level === null || level <= 0 ? 0 : LEVEL_BITS[Math.min(level, 5)];
  const modulus = bits === 0 ? 0 : bits <= 80 ? 1024 : bits <= 112 ? 2048 : bits <= 128 ? 3072 : bits <= 192 ? 7680 : 15360;
  return { modulus, ec: bits * 2 };
}

// rules/certificate-weak-key.ts
function weakness(info, minRsa, minEc) {
  if (info.keyType === "dsa") return `DSA key${info.keyBits ? ` of ${info.keyBits} bits` : ""}`;
  if (info.keyType === "rsa" && info.keyBits !== void 0 && info.keyBits < minRsa) return `RSA key of ${info.keyBits} bits`;
  if (info.keyType === "ec" && info.keyBits !== void 0 && info.keyBits < minEc) return `EC key of ${info.keyBits} bits`;
  return void 0;
}
var certificate_weak_key_default = defineRule({
  id: "certificate-weak-key",
  description: "A certificate the server presents has a weak key",
  howToFix: "Issue the certificate for a new ECDSA P-256 key or an RSA key of at least 2048 bits",
  severity: "error",
  tags: ["security", "certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 7,
  messages: {
    weak: (p) => `Weak ${p.key} in certificate "${p.subject}": expected ECDSA of at least ${p.ec} bits or RSA of at least ${p.rsa} bits${p.refused}`
  },
  check(model, ctx) {
    const judged = /* @__PURE__ */ new Map();
    const levels = cipherSecurityLevels(model, ctx.options.openssl);
    const infos = certificateFacts(model).infos;
    if (!levels.some((level) => infos.some((info) => keyWeakness(info, false, level, ctx.profile) !== void 0))) return;
    for (const endpoint of tlsEndpoints(model)) {
      const level = cipherSecurityLevel(model, endpoint, ctx.options.openssl);
      for (const ref of endpoint.certificates) {
        if (!ref.chain) continue;
        let byLevel = judged.get(ref.chain);
        if (!byLevel) judged.set(ref.chain, byLevel = /* @__PURE__ */ new Map());
        let weak = byLevel.get(level);
        if (!weak) byLevel.set(level, weak = weakKeys(ref.chain, level, ctx.profile));
        for (const { info, data } of weak) ctx.report("weak", data, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
      }
    }
  }
});
function weakKeys(chain, level, profile) {
  const weak = [];
  chain.forEach((info, index) => {
    const found = keyWeakness(info, index > 0 && info.selfSigned, level, profile);
    if (found) weak.push({ info, data: { subject: info.subject, ...found } });
  });
  return weak;
}
function keyWeakness(info, clientsOwnRoot, level, profile) {
  const loadable = minimumKeyBits(level);
  const rsa = Math.max(profile.rsaKeySize ?? 2048, loadable.modulus);
  const ec = Math.max(profile.ecdhParamSize ?? 256, loadable.ec);
  const refused = refusedAt(level, keySecurityBits(info.keyType, info.keyBits));
  const profileWeak = clientsOwnRoot ? void 0 : weakness(info, rsa, ec);
  const key = profileWeak ?? (refused ? `${info.keyType.toUpperCase()} key${info.keyBits ? ` of ${info.keyBits} bits` : ""}` : void 0);
  if (!key) return void 0;
  const because = refused ? `: OpenSSL at security level ${level} refuses to load it, the server does not start` : "";
  return { key, rsa, ec, refused: because };
}

// rules/certificate-weak-signature.ts
var WEAK_HASHES = /* @__PURE__ */ new Set(["md2", "md5", "sha1"]);
var certificate_weak_signature_default = defineRule({
  id: "certificate-weak-signature",
  description: "A certificate the server presents is signed with SHA-1 or MD5",
  howToFix: "Have the certificate (and any intermediate signed this way) reissued with a SHA-256 signature",
  severity: "error",
  tags: ["security", "certificate"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 7,
  messages: {
    weak: (p) => `Weak signature ${p.algorithm} on certificate "${p.subject}": expected SHA-256 or stronger, clients refuse the chain${p.refused}`
  },
  check(model, ctx) {
    if (!certificateFacts(model).infos.some(isWeak)) return;
    for (const endpoint of tlsEndpoints(model)) {
      const level = cipherSecurityLevel(model, endpoint, ctx.options.openssl);
      for (const ref of endpoint.certificates) {
        for (const info of ref.chain ?? []) {
          if (!isWeak(info) || !info.signatureHash) continue;
          const refused = refusedAt(level, signatureSecurityBits(info.signatureHash, ctx.options.openssl)) ? `; OpenSSL at security level ${level} refuses to load it, the server does not start` : "";
          ctx.report("weak", { subject: info.subject, algorithm: info.signatureAlgorithm, refused }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
        }
      }
    }
  }
});
function isWeak(info) {
  return !info.selfSigned && info.signatureHash !== void 0 && WEAK_HASHES.has(info.signatureHash);
}

// src/tls/suite-classes.ts
function weaknessOf(suite) {
  if (suite.enc === "eNULL") return "no encryption";
  if (suite.au === "aNULL") return "no authentication";
  if (suite.flags.includes("EXPORT") || suite.flags.includes("EXP40") || suite.flags.includes("EXP56")) return "export grade";
  if (suite.enc === "RC4") return "RC4";
  if (suite.enc === "DES" || suite.enc === "RC2") return `${suite.enc} ${suite.strengthBits}-bit`;
  if (suite.enc === "3DES" || suite.enc === "IDEA") return `${suite.enc} 64-bit block`;
  if (suite.mac === "MD5") return "MD5 MAC";
  if (suite.strengthBits < 112) return `${suite.strengthBits}-bit strength`;
  return null;
}
var FORWARD_SECRET = ["kDHE", "kECDHE", "kDHEPSK", "kECDHEPSK", "kSRP"];
function hasForwardSecrecy(suite) {
  return FORWARD_SECRET.includes(suite.kx);
}
function inProfile(suite, profile) {
  return profile.opensslCiphers.includes(suite.openssl);
}
function describeSuite(suite) {
  return `${suite.openssl} (${suite.iana})`;
}
function pickedSuitesOf(pick) {
  const byList = /* @__PURE__ */ new Map();
  return (list) => {
    let picked = byList.get(list);
    if (picked === void 0) {
      const suites = list.filter(pick);
      picked = suites.length === 0 ? null : { count: suites.length, suites: describeSuites(suites) };
      byList.set(list, picked);
    }
    return picked;
  };
}
function describeSuites(suites, max = 4) {
  const shown = suites.slice(0, max).map(describeSuite).join(", ");
  return suites.length > max ? `${shown} and ${suites.length - max} more` : shown;
}

// rules/cipher-no-forward-secrecy.ts
var cipher_no_forward_secrecy_default = defineRule({
  id: "cipher-no-forward-secrecy",
  description: "Cipher string enables suites without forward secrecy",
  howToFix: "Drop static-RSA/DH suites: use the profile's ECDHE list",
  severity: "warning",
  tags: ["ciphers"],
  profiles: ["modern", "intermediate"],
  messages: {
    noForwardSecrecy: (p) => `Expected only (EC)DHE key exchange, got ${p.count} suites without forward secrecy from "${p.value}": ${p.suites}`
  },
  check(model, ctx) {
    const staticKxOf = pickedSuitesOf((s) => !hasForwardSecrecy(s));
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const staticKx = staticKxOf(target.negotiable);
      if (staticKx === null) continue;
      const data = { value: target.endpoint.ciphers.value, count: staticKx.count, suites: staticKx.suites };
      ctx.report("noForwardSecrecy", data, target.range);
    }
  }
});

// rules/cipher-no-usable-suite.ts
var KEY_NAMES = { rsa: "RSA", ec: "ECDSA", ed25519: "Ed25519", ed448: "Ed448", dsa: "DSA", unknown: "unknown" };
function knownKeyTypes(target) {
  const types = target.endpoint.certificates.map((c) => c.info?.keyType);
  return types.every((k) => k !== void 0 && k !== "unknown") ? types : [];
}
function fitsKeys(target) {
  const keys = knownKeyTypes(target);
  return keys.length === 0 || target.negotiable.some((s) => keys.some((k) => suiteFitsKeyType(s, k)));
}
var cipher_no_usable_suite_default = defineRule({
  id: "cipher-no-usable-suite",
  description: "Cipher string leaves no suite a client can negotiate",
  howToFix: "Enable suites for the enabled protocols and the certificate's key type",
  severity: "error",
  tags: ["ciphers"],
  profiles: ["modern", "intermediate", "old"],
  messages: {
    rejected: (p) => `Missing usable cipher suite: OpenSSL rejects "${p.value}" (${p.reason})`,
    noneForProtocols: (p) => `Missing cipher suite for ${p.protocols}: "${p.value}" leaves none ${p.library} will negotiate`,
    noneForKey: (p) => `Missing cipher suite for the ${p.keys} certificate: "${p.value}" enables none that it can sign`,
    noProtocol: (p) => `Missing usable protocol: OpenSSL ${p.openssl} negotiates none of "${p.protocols}" at this security level, so every handshake fails`
  },
  check(model, ctx) {
    const { openssl } = ctx.options;
    const noProtocol = /* @__PURE__ */ new Set();
    const reported = /* @__PURE__ */ new Set();
    const mayLoseAll = tlsSettingValues(model).protocols.some((list) => negotiableProtocols(list, openssl, 1).length === 0);
    for (const endpoint of mayLoseAll ? tlsEndpoints(model) : []) {
      if (endpoint.unknown.has("protocols") || endpoint.unknown.has("ciphers")) continue;
      const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
      if (negotiableProtocols(endpoint.protocols.value, openssl, level).length > 0) continue;
      noProtocol.add(endpoint);
      const { source, valueRange } = endpoint.protocols;
      const range = source ? valueRange ?? source : endpoint.range;
      const key = `${range.file}:${range.start.offset}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report("noProtocol", { protocols: endpoint.protocols.value.join(" "), openssl }, range);
    }
    const kinds = cipherTargetKinds(model, openssl);
    const mayFind = kinds.some((kind) => kind.expansion.error || kind.legacyProtocols.length > 0 && (kind.negotiable.length === 0 || !fitsKeys(kind)));
    for (const target of mayFind ? cipherTargets(model, openssl) : []) {
      if (noProtocol.has(target.endpoint)) continue;
      const value = target.endpoint.ciphers.value;
      if (target.expansion.error) {
        ctx.report("rejected", { value, reason: target.expansion.error.kind }, target.range);
        continue;
      }
      if (target.legacyProtocols.length === 0) continue;
      if (target.negotiable.length === 0) {
        const library = model.server.tlsLibrary === "go" ? "Go's crypto/tls" : "OpenSSL";
        ctx.report("noneForProtocols", { value, protocols: target.legacyProtocols.join(", "), library }, target.range);
        continue;
      }
      if (!fitsKeys(target)) ctx.report("noneForKey", { value, keys: knownKeyTypes(target).map((k) => KEY_NAMES[k]).join(" and ") }, target.range);
    }
  }
});

// rules/cipher-not-in-profile.ts
var cipher_not_in_profile_default = defineRule({
  id: "cipher-not-in-profile",
  description: "Cipher string enables suites outside the Mozilla profile",
  howToFix: "Set the cipher list to the profile's (`tlslint ciphers` shows what a string enables)",
  severity: "warning",
  tags: ["ciphers", "profile"],
  profiles: ["modern", "intermediate", "old"],
  messages: {
    outside: (p) => `Expected only suites of the Mozilla ${p.profile} profile, got ${p.count} others from "${p.value}": ${p.suites}`
  },
  check(model, ctx) {
    const outsideOf = pickedSuitesOf((s) => !inProfile(s, ctx.profile));
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const outside = outsideOf(target.negotiable);
      if (outside === null) continue;
      const data = { value: target.endpoint.ciphers.value, profile: ctx.profile.name, count: outside.count, suites: outside.suites };
      ctx.report("outside", data, target.range);
    }
  }
});

// src/tls/ciphersuites.ts
var BY_IANA = new Map([...KNOWN_SUITES.values()].map((s) => [s.iana, s]));
function elements(value) {
  const out = [];
  let offset = 0;
  for (const raw of value.split(":")) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== "") out.push({ text, offset: offset + lead });
    offset += raw.length + 1;
  }
  return out;
}
function parseCiphersuites(value, version = "3.0") {
  const build = getBuild(version);
  const suites = [];
  const misplaced = [];
  const unknownTerms = [];
  for (const { text, offset } of elements(value)) {
    const tls13 = build.tls13Suites.length > 0 ? TLS13_BY_NAME.get(text) : void 0;
    const tls12 = build.tls13Suites.length > 0 ? BY_IANA.get(text) : void 0;
    if (tls13) suites.push(tls13);
    else if (tls12 && build.suites.includes(tls12)) misplaced.push(tls12);
    else unknownTerms.push({ term: text, offset, reason: TLS13_BY_NAME.has(text) || BY_IANA.has(text) ? "not-in-build" : "unknown", adds: true });
  }
  const matched = suites.length + misplaced.length;
  const failed = value.trim() !== "" && (build.tls13Suites.length === 0 || matched === 0 || !build.tls13SkipsUnknown && unknownTerms.length > 0);
  return { value, openssl: version, suites, misplaced, unknownTerms, error: failed ? "no cipher match" : null };
}

// rules/cipher-unknown.ts
var BY_IANA2 = new Map([...KNOWN_SUITES.values()].map((s) => [s.iana, s.openssl]));
function writtenSettings(model, pick, hasUnknown) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  let lastValue;
  let lastHasUnknown = false;
  for (const endpoint of tlsEndpoints(model)) {
    const setting = pick(endpoint);
    const range = setting.valueRange ?? setting.source;
    if (!range) continue;
    if (setting.value !== lastValue) {
      lastValue = setting.value;
      lastHasUnknown = hasUnknown(setting.value);
    }
    if (!lastHasUnknown) continue;
    const key = `${range.file}:${startOffsetOf(range)}:${endOffsetOf(range)}`;
    if (!seen.has(key)) out.push({ setting, range });
    seen.add(key);
  }
  return out;
}
var cipher_unknown_default = defineRule({
  id: "cipher-unknown",
  description: "Cipher string names a suite or alias OpenSSL does not know",
  howToFix: "Fix the typo, or use the OpenSSL name instead of the IANA one",
  severity: "warning",
  tags: ["ciphers"],
  profiles: ["modern", "intermediate", "old"],
  messages: {
    unknown: (p) => `Unknown cipher string term "${p.term}"; OpenSSL ignores it`,
    notInBuild: (p) => `Unknown to OpenSSL ${p.openssl}'s default build: "${p.term}" is not compiled in and is ignored`,
    ianaName: (p) => `Expected OpenSSL name "${p.name}" instead of IANA name "${p.term}"`,
    tls13InCipherString: (p) => `Unknown cipher string term "${p.term}": TLS 1.3 suites belong in Ciphersuites, not in the cipher string`,
    unknownCiphersuite: (p) => `Unknown TLS 1.3 ciphersuite "${p.term}"; OpenSSL ignores it`,
    // Go's crypto/tls (Caddy) takes only the IANA names of the suites it implements, and refuses any other.
    opensslName: (p) => `Expected IANA name "${p.name}" instead of OpenSSL name "${p.term}": ${p.server} refuses to load the configuration`,
    unknownGo: (p) => `Unknown cipher suite "${p.term}" for Go's crypto/tls: ${p.server} refuses to load the configuration`
  },
  check(model, ctx) {
    const openssl = ctx.options.openssl;
    const report = (term, setting, range, tls13) => {
      const at = setting.valueRange ? rangeInsideValue(setting.valueRange, setting.value, term.offset, term.term.length) : range;
      if (model.server.tlsLibrary === "go") {
        const iana2 = ianaNameOf(term.term);
        if (iana2) ctx.report("opensslName", { term: term.term, name: iana2, server: ctx.names.server }, at);
        else ctx.report("unknownGo", { term: term.term, server: ctx.names.server }, at);
        return;
      }
      const iana = BY_IANA2.get(term.term);
      if (iana && !tls13) ctx.report("ianaName", { term: term.term, name: iana }, at);
      else if (TLS13_BY_NAME.has(term.term) && !tls13) ctx.report("tls13InCipherString", { term: term.term }, at);
      else if (term.reason === "not-in-build") ctx.report("notInBuild", { term: term.term, openssl }, at);
      else ctx.report(tls13 ? "unknownCiphersuite" : "unknown", { term: term.term }, at);
    };
    const expand = (value) => model.server.tlsLibrary === "go" ? expandGoSuites(value, openssl) : expandCipherString(value, openssl);
    const addsUnknown = (value) => expand(value).unknownTerms.some((term) => term.adds);
    const unknownSuites = (value) => parseCiphersuites(value, openssl).unknownTerms.length > 0;
    const values = tlsSettingValues(model);
    if (!values.ciphers.some(addsUnknown) && !values.ciphersuites.some(unknownSuites)) return;
    for (const { setting, range } of writtenSettings(model, (e) => e.ciphers, addsUnknown)) {
      for (const term of expand(setting.value).unknownTerms) if (term.adds) report(term, setting, range, false);
    }
    for (const { setting, range } of writtenSettings(model, (e) => e.ciphersuites, unknownSuites)) {
      for (const term of parseCiphersuites(setting.value, openssl).unknownTerms) report(term, setting, range, true);
    }
  }
});

// rules/cipher-weak.ts
function describedOrNull(suites) {
  return suites.length === 0 ? null : describeSuites(suites);
}
function changeFor(target, profile) {
  if (target.isDefault || profile.opensslCiphers.length === 0) return void 0;
  return { kind: "setCiphers", endpoint: target.endpoint, profile };
}
var cipher_weak_default = defineRule({
  id: "cipher-weak",
  description: "Cipher string enables insecure cipher suites",
  howToFix: "Set the cipher list to the profile's",
  severity: "error",
  tags: ["ciphers"],
  profiles: ["modern", "intermediate", "old"],
  // Not Caddy: Caddy accepts only the suites Go does not call insecure.
  dialects: ["nginx", "apache"],
  fixable: true,
  messages: {
    weak: (p) => `Weak cipher suites enabled by "${p.value}": ${p.suites}`,
    refused: (p) => `Weak cipher suites requested by "${p.value}": ${p.suites} (OpenSSL ${p.openssl} refuses them at security level ${p.level})`
  },
  check(model, ctx) {
    const asked = new Set(ctx.profile.opensslCiphers);
    const isWeak2 = (suite) => weaknessOf(suite) !== null && !asked.has(suite.openssl);
    const weakOf = pickedSuitesOf(isWeak2);
    const refusedOf = /* @__PURE__ */ new Map();
    const refusedIn = (expansion) => {
      let refused = refusedOf.get(expansion);
      if (refused === void 0) {
        refused = describedOrNull(expansion.suites.filter((s) => isWeak2(s) && !securityLevelAllows(s, expansion.securityLevel)));
        refusedOf.set(expansion, refused);
      }
      return refused;
    };
    const kinds = cipherTargetKinds(model, ctx.options.openssl);
    if (!kinds.some((kind) => weakOf(kind.negotiable) !== null || kind.expansion.securityLevel !== null && refusedIn(kind.expansion) !== null)) return;
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const value = target.endpoint.ciphers.value;
      const weak = weakOf(target.negotiable);
      if (weak !== null) {
        ctx.report("weak", { value, suites: weak.suites }, target.range, { change: changeFor(target, ctx.profile) });
        continue;
      }
      const level = target.expansion.securityLevel;
      const refused = refusedIn(target.expansion);
      if (refused !== null && level !== null && !target.isDefault) {
        ctx.report("refused", { value, suites: refused, openssl: ctx.options.openssl, level }, target.range, { change: changeFor(target, ctx.profile) });
      }
    }
  }
});

// rules/client-auth-unverified.ts
var client_auth_unverified_default = defineRule({
  id: "client-auth-unverified",
  description: "Client certificates are requested but accepted without verification against a CA",
  howToFix: "Use a client-authentication mode that verifies the certificate and name the CA certificates that sign your clients",
  severity: "warning",
  tags: ["security", "client-auth"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 6.5,
  messages: {
    unverified: (p) => `Expected ${p.verify}: "${p.written}" accepts any client certificate, self-signed ones included`
  },
  check(model, ctx) {
    if (!endpointFacts(model).unverifiedClientAuth) return;
    for (const endpoint of tlsEndpoints(model)) {
      const auth = endpoint.clientAuth;
      if (!auth || auth.mode === "none" || auth.verified || auth.handedOn || !auth.source) continue;
      const related = auth.caSource ? [{ range: auth.caSource, message: "CA certificates named here are not checked against in this mode" }] : [];
      ctx.report("unverified", { written: auth.written, verify: ctx.names.clientAuthVerify(auth) }, auth.source, { related });
    }
  }
});

// rules/dhparam-weak.ts
var DEFAULT_MIN_BITS = 2048;
var dhparam_weak_default = defineRule({
  id: "dhparam-weak",
  description: "DH parameters are shorter than the profile asks for, or than OpenSSL loads",
  howToFix: "Use the RFC 7919 ffdhe2048 group (Mozilla publishes it as ffdhe2048.txt) or larger parameters for the DH parameters file",
  severity: "error",
  tags: ["security", "ciphers"],
  profiles: ["modern", "intermediate", "old"],
  // Not Caddy: Go's crypto/tls has no DHE suites and reads no DH parameters.
  dialects: ["nginx", "apache"],
  securitySeverity: 6,
  messages: {
    weak: (p) => `Weak DH parameters of ${p.bits} bits: expected at least ${p.min} bits for DHE key exchange${p.refused}`
  },
  check(model, ctx) {
    if (!endpointFacts(model).dhparamBits) return;
    const min = ctx.profile.dhParamSize ?? DEFAULT_MIN_BITS;
    for (const endpoint of tlsEndpoints(model)) {
      const bits = endpoint.dhparamBits;
      const setting = endpoint.dhparam;
      if (bits === void 0 || !setting.source) continue;
      const offered = offeredSuites(endpoint, ctx.options.openssl);
      const refused = refusedAt(offered.expansion.securityLevel, dhSecurityBits(bits));
      if (!refused && (bits >= min || !offered.negotiable.some((s) => s.kx === "kDHE"))) continue;
      const level = offered.expansion.securityLevel;
      const because = refused ? `: OpenSSL at security level ${level} refuses to load them, the server does not start` : "";
      ctx.report("weak", { bits, min: Math.max(min, minimumKeyBits(level).modulus), refused: because }, setting.valueRange ?? setting.source);
    }
  }
});

// rules/hsts-invalid.ts
var hsts_invalid_default = defineRule({
  id: "hsts-invalid",
  description: "A Strict-Transport-Security header is malformed, repeated, or unfit for preload",
  howToFix: "Write one header: `max-age=63072000; includeSubDomains` (add `preload` only with both)",
  severity: "error",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    syntax: (p) => p.reason,
    // RFC 6797, section 8.1: a UA that receives several STS header fields MUST process only the first.
    duplicate: (p) => `Expected one Strict-Transport-Security header, got ${p.count}: browsers use only the first ("${p.first}")`,
    preloadWithoutSubdomains: "Expected includeSubDomains with preload: hstspreload.org refuses a domain without it",
    preloadShort: (p) => `Expected max-age of at least ${p.minAge} with preload, got ${p.maxAge}: hstspreload.org refuses shorter ones`
  },
  check(model, ctx) {
    const endpoints = mayServeTlsEndpoints(model);
    const lists = distinctHstsLists(endpoints);
    const fresh = newHstsHeaders(endpoints);
    const policies = newHstsPolicies(endpoints);
    for (let i = 0; i < lists.length; i++) {
      const headers = lists[i];
      if (headers.length > 1) {
        const related = [{ range: headers[0].source, message: "The first Strict-Transport-Security header, the one browsers use" }];
        ctx.report("duplicate", { count: headers.length, first: headers[0].value }, headers[1].source, { related });
      }
      for (let j = 0; j < fresh[i].length; j++) {
        const header = fresh[i][j];
        if (header.dynamic) continue;
        const policy = policies[i][j];
        for (const problem of policy.problems) {
          const { range, change } = located(header, problem);
          ctx.report("syntax", { reason: problem.reason }, range, { change });
        }
        if (!policy.preload || policy.problems.some((p) => p.ignoresHeader)) continue;
        if (!policy.includeSubDomains) ctx.report("preloadWithoutSubdomains", void 0, header.valueRange);
        if (policy.maxAge !== null && policy.maxAge < PRELOAD_MIN_MAX_AGE) {
          ctx.report("preloadShort", { maxAge: policy.maxAge, minAge: PRELOAD_MIN_MAX_AGE }, header.valueRange);
        }
      }
    }
  }
});
function located(header, problem) {
  const range = problem.span ? rangeInValue(header, problem.span) : null;
  if (!range) return { range: header.valueRange };
  if (problem.replacement === void 0) return { range };
  return { range, change: { kind: "replaceText", range, text: problem.replacement, description: `Write "${problem.replacement}"` } };
}

// rules/hsts-max-age-short.ts
var hsts_max_age_short_default = defineRule({
  id: "hsts-max-age-short",
  description: "HSTS max-age is shorter than the profile asks for",
  howToFix: "Raise `max-age` to the profile minimum (63072000)",
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 3.1,
  fixable: true,
  options: {
    minMaxAge: {
      description: "Smallest max-age accepted, in seconds; the default is the profile's (63072000, two years, in every profile).",
      type: "integer",
      minimum: 1,
      examples: [31536e3]
    }
  },
  messages: {
    short: (p) => `Expected HSTS max-age of at least ${p.minAge} (${duration(p.minAge)}), got ${p.maxAge} (${duration(p.maxAge)})`,
    // RFC 6797, section 6.1.1: max-age=0 makes the browser forget the host as a Known HSTS Host.
    zero: (p) => `Expected HSTS max-age of at least ${p.minAge} (${duration(p.minAge)}), got 0: browsers drop this host's HSTS policy`
  },
  check(model, ctx) {
    const minAge = typeof ctx.ruleOptions.minMaxAge === "number" ? ctx.ruleOptions.minMaxAge : ctx.profile.hstsMinAge;
    if (minAge <= 0) return;
    const text = String(minAge);
    const description = `Set max-age to ${minAge}`;
    const endpoints = mayServeTlsEndpoints(model);
    const policies = newHstsPolicies(endpoints);
    const fresh = newHstsHeaders(endpoints);
    for (let i = 0; i < fresh.length; i++) {
      for (let j = 0; j < fresh[i].length; j++) {
        const header = fresh[i][j];
        const policy = knownPolicy(header, policies[i][j]);
        if (!policy || policy.maxAge === null || policy.maxAge >= minAge) continue;
        const digits = policy.maxAgeSpan && rangeInValue(header, policy.maxAgeSpan);
        if (policy.maxAge === 0) ctx.report("zero", { minAge }, digits ?? header.valueRange);
        else {
          const change = digits ? { kind: "replaceText", range: digits, text, description } : void 0;
          ctx.report("short", { minAge, maxAge: policy.maxAge }, digits ?? header.valueRange, { change });
        }
      }
    }
  }
});
function knownPolicy(header, policy) {
  if (header.dynamic) return null;
  return policy.problems.some((p) => p.ignoresHeader) ? null : policy;
}
var UNITS = [
  [365 * 86400, "year"],
  [86400, "day"],
  [3600, "hour"],
  [60, "minute"],
  [1, "second"]
];
function duration(seconds) {
  let text = durations.get(seconds);
  if (text === void 0) {
    text = durationText(seconds);
    if (durations.size < 1024) durations.set(seconds, text);
  }
  return text;
}
var durations = /* @__PURE__ */ new Map();
function durationText(seconds) {
  const [unit, name] = UNITS.find(([size]) => seconds >= size) ?? UNITS[UNITS.length - 1];
  const count = Math.round(seconds / unit * 10) / 10;
  return `${count} ${name}${count === 1 ? "" : "s"}`;
}

// rules/hsts-missing.ts
var hsts_missing_default = defineRule({
  id: "hsts-missing",
  description: "An HTTPS server sends no Strict-Transport-Security header",
  howToFix: "Send `Strict-Transport-Security: max-age=63072000` on every HTTPS response, error statuses included",
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    server: (p) => `Expected a Strict-Transport-Security header ("max-age=${p.maxAge}") on "${p.names}", got none`,
    scope: (p) => `Expected a Strict-Transport-Security header in "${p.scope}" too, got none: other blocks of this server send it`,
    // hstspreload.org: "If you are serving an additional redirect from your HTTPS site, that redirect must
    // still have the HSTS header"; browsers store the policy from any response over HTTPS (RFC 6797 8.1).
    // A header the configuration writes for HSTS that the server never sends (ResponseHeader.unsent).
    unsent: (p) => `Expected a Strict-Transport-Security header on "${p.names}", got none: ${p.why}`,
    redirect: (p) => `Expected a Strict-Transport-Security header ("max-age=${p.maxAge}") on the HTTPS redirects of "${p.names}", got none: browsers store HSTS from a redirect too, and preload lists require it there`
  },
  check(model, ctx) {
    const maxAge = ctx.profile.hstsMinAge;
    if (maxAge <= 0) return;
    const endpoints = tlsEndpoints(model);
    const everyScope = hstsInEveryScope(endpoints);
    for (let i = 0; i < endpoints.length; i++) {
      if (everyScope[i]) continue;
      const endpoint = endpoints[i];
      if (endpoint.scopes.length === 0) continue;
      let lacking;
      for (const scope of endpoint.scopes) if (servesContent(scope, endpoint) && lacksHsts(scope) && !scope.headersUnknown) (lacking ??= []).push(scope);
      if (!lacking) continue;
      if (!endpoint.scopes.some(hasHsts)) {
        if (endpoint.scopes.some((scope) => scope.headersUnknown)) continue;
        const written = unsentHsts(lacking.flatMap((scope) => scope.headers));
        if (written.length) {
          for (const header of written) ctx.report("unsent", { names: namesOf(endpoint), why: header.unsent.why }, header.source);
          continue;
        }
        const messageId = lacking.every((scope) => scope.returns === "redirect") ? "redirect" : "server";
        ctx.report(messageId, { names: namesOf(endpoint), maxAge }, endpoint.range, { change: addHsts(endpoint, endpoint.scopes[0], maxAge) });
        continue;
      }
      for (const scope of lacking) {
        const written = unsentHsts(scope.ownHeaders);
        if (written.length) {
          for (const header of written) ctx.report("unsent", { names: scope.kind === "endpoint" ? namesOf(endpoint) : scope.label, why: header.unsent.why }, header.source);
          continue;
        }
        const label2 = scope.kind === "endpoint" ? endpoint.label : scope.label;
        ctx.report("scope", { scope: label2 }, scope.range, { change: addHsts(endpoint, scope, maxAge) });
      }
    }
  }
});
function unsentHsts(headers) {
  const out = /* @__PURE__ */ new Map();
  for (const header of headers) if (header.unsent && isHstsName(header.unsent.meant)) out.set(header.source, header);
  return [...out.values()];
}
function hasHsts(scope) {
  return hasHstsHeaders(scope.headers);
}
function lacksHsts(scope) {
  return !hasHsts(scope) && !hasHstsHeaders(scope.dropped) && !scope.removedElsewhere?.some((r) => isHstsName(r.name));
}
function servesContent(scope, endpoint) {
  if (scope.returns === "error" || scope.returns === "close") return false;
  if (scope.returns !== null) return true;
  return scope.kind !== "endpoint" || !endpoint.scopes.some((s) => s.kind === "path" && s.catchAll);
}
function namesOf(endpoint) {
  return realServerNames(endpoint).join(" ") || endpoint.label;
}
function addHsts(endpoint, scope, maxAge) {
  return { kind: "addHeader", endpoint, scope, name: HSTS_HEADER, value: `max-age=${maxAge}`, always: true };
}

// rules/hsts-not-always.ts
var hsts_not_always_default = defineRule({
  id: "hsts-not-always",
  description: "The Strict-Transport-Security header is not sent on error responses",
  howToFix: "Send the header on every status, error responses included",
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    // ResponseHeader.always: the dialect knows which statuses a header without it reaches (nginx: 2xx and 3xx only).
    notAlways: (p) => `Expected "${p.always}" on ${p.directive} Strict-Transport-Security: without it ${p.server} leaves the header off 4xx and 5xx responses`,
    // The header's own status list decides where it goes (headers-more -s): there is no flag to add.
    statusFilter: "Expected the Strict-Transport-Security header on every response, got a status list without 4xx and 5xx codes: drop the list or add the error statuses",
    // ResponseHeader.deferred: Caddy writes deferred header fields only into responses a handler writes.
    deferred: (p) => `Expected the Strict-Transport-Security header set before the next handler runs, got it deferred: ${p.server} leaves it off the error responses handlers fail with (a file_server 404, a reverse_proxy 502)`
  },
  check(model, ctx) {
    const { names } = ctx;
    const data = { always: names.alwaysKeyword, directive: names.headerDirective, server: names.server };
    for (const hsts of distinctHstsLists(tlsEndpoints(model))) {
      for (const header of missedOnErrors(hsts)) {
        if (header.statusFilter) {
          ctx.report("statusFilter", void 0, header.statusFilter);
          continue;
        }
        if (header.deferred) {
          const deferredBy = header.deferred;
          const related = deferredBy.start.offset === header.source.start.offset ? [] : [{ range: deferredBy, message: "What defers it" }];
          ctx.report("deferred", { server: ctx.names.server }, header.source, { change: { kind: "headerAlways", header }, related });
          continue;
        }
        ctx.report("notAlways", data, header.source, { change: { kind: "headerAlways", header } });
      }
    }
  }
});
function missedOnErrors(hsts) {
  return hsts.some((header) => header.always) ? [] : hsts;
}

// rules/hsts-on-plain-http.ts
var hsts_on_plain_http_default = defineRule({
  id: "hsts-on-plain-http",
  description: "A plain-HTTP server sets a Strict-Transport-Security header that browsers ignore",
  howToFix: "Move the header to the HTTPS server; redirect plain HTTP",
  severity: "note",
  tags: ["hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 1,
  messages: {
    // RFC 6797, section 8.1: a UA MUST ignore STS header fields received over non-secure transport.
    plain: (p) => `Expected Strict-Transport-Security on the HTTPS server, got it on plain-HTTP "${p.names}" where browsers ignore it`
  },
  check(model, ctx) {
    for (const endpoint of otherEndpoints(model)) {
      if (endpoint.listeners.some(isSecure)) continue;
      for (const scope of endpoint.scopes) for (const header of hstsHeadersOf(scope.headers)) {
        if (header.level !== "endpoint" && header.level !== "path") continue;
        ctx.report("plain", { names: namesOf2(endpoint) }, header.source);
      }
    }
  }
});
function namesOf2(endpoint) {
  return realServerNames(endpoint).join(" ") || endpoint.label;
}
function isSecure(listener) {
  return listener.tls || listener.quic;
}

// rules/hsts-overridden.ts
var hsts_overridden_default = defineRule({
  id: "hsts-overridden",
  description: "A block with its own response headers drops the inherited Strict-Transport-Security header",
  howToFix: "Repeat the Strict-Transport-Security header in the block that sets its own headers (or include a shared snippet)",
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  // Not Caddy: Caddy adds a block's headers to the site's instead of replacing them.
  dialects: ["nginx", "apache"],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    // HeaderScope.dropped: the dialect's inheritance rules decide what a block with headers of its own loses.
    replaced: (p) => `Expected ${p.directive} Strict-Transport-Security in "${p.scope}": its own ${p.directive} directives replace the ones inherited from ${p.from}`,
    // HeaderScope.removals: the block removes the header by name.
    removed: (p) => `Expected the Strict-Transport-Security header inherited from ${p.from} in "${p.scope}" too, got it removed here`
  },
  check(model, ctx) {
    const endpoints = tlsEndpoints(model);
    const everyScope = hstsInEveryScope(endpoints);
    for (let i = 0; i < endpoints.length; i++) {
      if (everyScope[i]) continue;
      const endpoint = endpoints[i];
      for (const scope of endpoint.scopes) {
        if (scope.returns === "error" || scope.returns === "close" || hasHstsHeaders(scope.headers)) continue;
        const lost = hstsHeadersOf(scope.dropped)[0];
        if (!lost) continue;
        const label2 = scope.kind === "endpoint" ? endpoint.label : scope.label;
        const removal = scope.removals?.find((r) => isHstsName(r.name));
        if (removal) {
          ctx.report("removed", { scope: label2, from: ctx.names.level(lost.level) }, removal.source, { related: [{ range: lost.source, message: "Strict-Transport-Security set here" }] });
          continue;
        }
        const firstOwn = scope.ownHeaders.at(0);
        const range = firstOwn?.source ?? scope.range;
        const related = [{ range: lost.source, message: "Strict-Transport-Security set here" }];
        const change = firstOwn && { kind: "copyHeader", name: HSTS_HEADER, header: lost, before: firstOwn };
        ctx.report("replaced", { directive: ctx.names.headerDirective, scope: label2, from: ctx.names.level(lost.level) }, range, { related, change });
      }
    }
  }
});

// rules/http-no-redirect.ts
var http_no_redirect_default = defineRule({
  id: "http-no-redirect",
  description: "A plain-HTTP server does not redirect to its HTTPS twin",
  howToFix: "Answer every plain-HTTP request with a permanent redirect to the same URL on https://",
  severity: "warning",
  tags: ["security", "redirect"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 4.3,
  messages: {
    noRedirect: (p) => `Expected a redirect to https:// for "${p.names}", got content over plain HTTP`,
    plainRedirect: (p) => `Expected a redirect to https:// for "${p.names}", got a redirect that stays on plain HTTP`
  },
  check(model, ctx) {
    if (!endpointFacts(model).unredirectedPlainHttp) return;
    let tlsNames;
    for (const endpoint of model.endpoints) {
      if (endpoint.application !== "http" || endpoint.httpRedirect?.toHttps) continue;
      const plain = endpoint.listeners.find(isPublicPlainListener);
      if (!plain) continue;
      if (endpoint.unknown.has("redirect")) continue;
      const httpsNames = tlsNames ??= new Set(tlsEndpoints(model).filter((e) => e.application === "http").flatMap((e) => e.serverNames.filter(isRealServerName)));
      const shared = endpoint.serverNames.filter((n) => isRealServerName(n) && httpsNames.has(n));
      if (shared.length === 0 && !isTlsEndpoint(endpoint)) continue;
      const answer = endpoint.scopes[0]?.returns;
      if (!endpoint.httpRedirect && (answer === "error" || answer === "close")) continue;
      const names = (shared.length ? shared : endpoint.serverNames.filter(isRealServerName)).join(" ") || endpoint.label;
      const range = plain.source ?? endpoint.range;
      if (endpoint.httpRedirect) {
        const related = [{ range: endpoint.httpRedirect.source, message: "The redirect that does not go to https://" }];
        ctx.report("plainRedirect", { names }, range, { related });
      } else ctx.report("noRedirect", { names }, range);
    }
  }
});
function isPublicPlainListener(listener) {
  if (listener.tls || listener.quic || listener.unixPath !== void 0) return false;
  const address = listener.address?.replace(/^\[|\]$/g, "") ?? "";
  return !(address === "localhost" || address === "::1" || /^127\./.test(address));
}

// rules/include-cycle.ts
var include_cycle_default = defineRule({
  id: "include-cycle",
  description: "Configuration files include each other in a cycle",
  howToFix: "Remove the include that closes the cycle",
  severity: "error",
  tags: ["include"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 0,
  messages: {
    loader: (p) => p.message
  },
  check(model, ctx) {
    for (const file of model.files) {
      for (const diagnostic of file.diagnostics) {
        if (diagnostic.ruleId === "include-cycle") ctx.report("loader", { message: diagnostic.message }, diagnostic.range);
      }
    }
  }
});

// rules/include-not-found.ts
var include_not_found_default = defineRule({
  id: "include-not-found",
  description: "An include names a file that does not exist",
  howToFix: "Fix the path, or map it into the checkout with `--map`",
  severity: "error",
  tags: ["include"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 0,
  messages: {
    loader: (p) => p.message
  },
  check(model, ctx) {
    for (const file of model.files) {
      for (const diagnostic of file.diagnostics) {
        if (diagnostic.ruleId === "include-not-found") ctx.report("loader", { message: diagnostic.message }, diagnostic.range);
      }
    }
  }
});

// rules/insecure-renegotiation.ts
var insecure_renegotiation_default = defineRule({
  id: "insecure-renegotiation",
  description: "Legacy TLS renegotiation without RFC 5746 is allowed",
  howToFix: "Turn insecure renegotiation off",
  severity: "error",
  tags: ["security"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.9,
  // nginx never allows it (OpenSSL refuses legacy renegotiation unless told otherwise, and nginx does not);
  // only Apache's SSLInsecureRenegotiation turns it on.
  dialects: ["apache"],
  messages: {
    enabled: (p) => `Expected ${p.setting} off: clients without RFC 5746 let a man in the middle splice his request before theirs (CVE-2009-3555)`
  },
  check(model, ctx) {
    if (!endpointFacts(model).insecureRenegotiation) return;
    const setting = ctx.names.setting("insecureRenegotiation");
    const seen = /* @__PURE__ */ new Set();
    for (const endpoint of tlsEndpoints(model)) {
      const renegotiation = endpoint.insecureRenegotiation;
      if (!renegotiation?.value || renegotiation.source === null || seen.has(renegotiation.source)) continue;
      if (!endpoint.protocols.value.some((p) => p !== "TLSv1.3")) continue;
      seen.add(renegotiation.source);
      ctx.report("enabled", { setting }, renegotiation.source);
    }
  }
});

// rules/listen-443-no-certificate.ts
var listen_443_no_certificate_default = defineRule({
  id: "listen-443-no-certificate",
  description: "A TLS listener belongs to a server with no certificate",
  howToFix: "Give the server a certificate and its key, or set them for all servers",
  severity: "error",
  tags: ["security", "certificates", "listen"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.3,
  messages: {
    // nginx: ngx_http_ssl_init rejects a default server without certificates:
    // no "ssl_certificate" is defined for the "listen ... ssl" directive in FILE:LINE
    defaultServer: (p) => `Missing certificate for TLS listener "${p.socket}" of the default server: the server refuses to start`,
    // nginx: ngx_http_ssl_servername keeps the default server's SSL context when the SNI-selected one has none.
    otherServer: (p) => `Missing certificate for TLS listener "${p.socket}": clients asking for "${p.names}" get the default server's certificate`,
    // caddy: Go's crypto/tls (certmagic) picks a certificate by the name asked for, with no default one to
    // fall back on: the server starts and every handshake with no certificate to serve fails (checked live).
    noHandshake: (p) => `Missing certificate for TLS listener "${p.socket}": ${p.server} starts, but every TLS handshake on it fails`,
    // caddy: one certificate cache per process (Endpoint.sharedCertificates): names other servers hold still work.
    onlyShared: (p) => `Missing certificate for TLS listener "${p.socket}": ${p.server} completes a TLS handshake on it only for a name another site holds a certificate for (${p.held}); every other handshake fails`
  },
  check(model, ctx) {
    if (!certificateFacts(model).uncertifiedTls) return;
    let defaults;
    for (const endpoint of model.endpoints) {
      if (endpoint.certificates.length > 0 || endpoint.rejectsHandshake) continue;
      if (endpoint.unknown.has("certificates")) continue;
      const listeners = endpoint.listeners.filter((l) => l.tls || l.quic);
      if (listeners.length === 0) continue;
      const defaultFor = defaults ??= defaultServers(model.endpoints);
      const defaultOf = listeners.find((l) => defaultFor.get(socketKey(l)) === endpoint);
      const listener = defaultOf ?? listeners[0];
      const range = listener.source ?? endpoint.range;
      const socket = socketLabel(listener);
      const shared = endpoint.sharedCertificates;
      if (shared?.anyName) continue;
      if (model.server.tlsLibrary === "go" && shared) ctx.report("onlyShared", { socket, server: ctx.names.server, held: heldBy(shared) }, range);
      else if (model.server.tlsLibrary === "go") ctx.report("noHandshake", { socket, server: ctx.names.server }, range);
      else if (defaultOf) ctx.report("defaultServer", { socket }, range);
      else ctx.report("otherServer", { socket, names: endpoint.serverNames.filter((n) => n !== "").join(" ") || endpoint.label }, range);
    }
  }
});
function heldBy(shared) {
  const names = shared.names.map((n) => `"${n}"`);
  const files = shared.files.map((f) => `the names in "${f}"`);
  const more = shared.more ? ["whatever sites set from the environment or unread files hold"] : [];
  return [...names, ...files, ...more].join(", ");
}
function socketLabel(listener) {
  if (listener.unixPath !== void 0) return `unix:${listener.unixPath}`;
  return listener.address === null ? String(listener.port) : `${listener.address}:${listener.port}`;
}

// rules/listen-443-no-tls.ts
var HTTPS_PORT = 443;
var listen_443_no_tls_default = defineRule({
  id: "listen-443-no-tls",
  description: "A listener on port 443 serves plain HTTP instead of TLS",
  howToFix: "Turn TLS on for the listener (or move plain HTTP to port 80)",
  severity: "error",
  tags: ["security", "listen"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.3,
  messages: {
    plain: (p) => `Expected TLS on "${p.socket}", got plain HTTP`
  },
  check(model, ctx) {
    if (!endpointFacts(model).plainHttpOn443) return;
    for (const endpoint of model.endpoints) {
      if (endpoint.application !== "http") continue;
      for (const listener of endpoint.listeners) {
        if (listener.port !== HTTPS_PORT || listener.tls || listener.quic || listener.unixPath !== void 0) continue;
        const socket = listener.address === null ? String(listener.port) : `${listener.address}:${listener.port}`;
        ctx.report("plain", { socket }, listener.source ?? endpoint.range);
      }
    }
  }
});

// rules/ocsp-stapling-disabled.ts
var ocsp_stapling_disabled_default = defineRule({
  id: "ocsp-stapling-disabled",
  description: "OCSP stapling is off for a certificate that names an OCSP responder",
  howToFix: "Turn OCSP stapling on, with verification of the stapled response",
  severity: "note",
  tags: ["security", "ocsp"],
  profiles: ["modern", "intermediate", "old"],
  // Not Caddy: Caddy staples OCSP for every certificate it serves.
  dialects: ["nginx", "apache"],
  securitySeverity: 2,
  fixable: true,
  messages: {
    responder: (p) => `Expected OCSP stapling on: the certificate names OCSP responder "${p.responder}"`
  },
  check(model, ctx) {
    if (!ctx.profile.ocspStaple) return;
    if (!certificateFacts(model).infos.some((info) => info.ocspResponders.length > 0)) return;
    for (const endpoint of tlsEndpoints(model)) {
      if (!endpoint.staplingAvailable || endpoint.unknown.has("stapling") || endpoint.stapling.value) continue;
      const withResponder = endpoint.certificates.find((c) => c.info && c.info.ocspResponders.length > 0);
      if (!withResponder) continue;
      const { source, valueRange } = endpoint.stapling;
      const change = source && valueRange ? { kind: "set", endpoint, key: "stapling", value: true } : void 0;
      const range = source ?? endpoint.range;
      ctx.report("responder", { responder: withResponder.info.ocspResponders[0] }, range, { change });
    }
  }
});

// rules/parse-error.ts
var parse_error_default = defineRule({
  id: "parse-error",
  description: "The configuration has a syntax error",
  howToFix: "Fix the syntax at the reported position",
  severity: "error",
  tags: ["syntax"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 0,
  messages: {
    loader: (p) => p.message
  },
  check(model, ctx) {
    for (const file of model.files) {
      for (const diagnostic of file.diagnostics) {
        if (diagnostic.ruleId === "parse-error") ctx.report("loader", { message: diagnostic.message }, diagnostic.range);
      }
    }
  }
});

// rules/protocol-deprecated.ts
var DEPRECATED = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"];
var protocol_deprecated_default = defineRule({
  id: "protocol-deprecated",
  description: "A TLS server enables a deprecated protocol version (SSLv2, SSLv3, TLSv1 or TLSv1.1)",
  howToFix: "Allow only the profile's protocol versions (TLS 1.2 and 1.3 for intermediate, TLS 1.3 for modern)",
  severity: "warning",
  tags: ["security", "protocols"],
  profiles: ["modern", "intermediate", "old"],
  // Not Caddy: Caddy refuses TLS 1.0 and 1.1 outright (a parse-error).
  dialects: ["nginx", "apache"],
  securitySeverity: 5.9,
  fixable: true,
  messages: {
    configured: (p) => `Expected protocols "${p.expected}", got deprecated "${p.deprecated}"`,
    // Issue #7: the config still asks for the protocol, so the finding stays even where OpenSSL refuses it today.
    configuredRefused: (p) => `Expected protocols "${p.expected}", got deprecated "${p.deprecated}" (OpenSSL ${p.openssl} refuses them here, but another OpenSSL build or "@SECLEVEL=0" enables them)`,
    byDefault: (p) => `Expected protocols "${p.expected}", ${p.server} enables deprecated "${p.deprecated}" by default`
  },
  check(model, ctx) {
    const expected = ctx.profile.tlsVersions.join(" ");
    const server = `${model.server.product} ${model.server.version}`;
    const outsideProfile = (p) => DEPRECATED.includes(p) && !ctx.profile.tlsVersions.includes(p);
    if (!tlsSettingValues(model).protocols.some((list) => list.some(outsideProfile))) return;
    for (const endpoint of tlsEndpoints(model)) {
      if (endpoint.unknown.has("protocols")) continue;
      const { source, valueRange } = endpoint.protocols;
      if (source === null) {
        const live2 = liveProtocols(endpoint, ctx.options.openssl).filter(outsideProfile).join(" ");
        if (live2) ctx.report("byDefault", { expected, deprecated: live2, server }, endpoint.range);
        continue;
      }
      const configured = endpoint.protocols.value.filter(outsideProfile).join(" ");
      if (!configured) continue;
      const live = liveProtocols(endpoint, ctx.options.openssl).filter(outsideProfile).join(" ");
      const change = valueRange ? { kind: "set", endpoint, key: "protocols", value: ctx.profile.tlsVersions } : void 0;
      const range = valueRange ?? source;
      if (live === configured) ctx.report("configured", { expected, deprecated: configured }, range, { change });
      else ctx.report("configuredRefused", { expected, deprecated: configured, openssl: ctx.options.openssl }, range, { change });
    }
  }
});
function liveProtocols(endpoint, openssl) {
  const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
  return negotiableProtocols(endpoint.protocols.value, openssl, level);
}

// rules/protocol-tls13-disabled.ts
var protocol_tls13_disabled_default = defineRule({
  id: "protocol-tls13-disabled",
  description: "A TLS server does not offer TLS 1.3",
  howToFix: "Add TLS 1.3 to the enabled protocols",
  severity: "warning",
  tags: ["security", "protocols"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    configured: (p) => `Expected "TLSv1.3" among the protocols, got "${p.configured}"`,
    byDefault: (p) => `Expected "TLSv1.3" among the protocols, ${p.server} defaults to "${p.configured}"`,
    noLibrarySupport: (p) => `Missing TLSv1.3: OpenSSL ${p.openssl} cannot negotiate it, upgrade to 1.1.1 or newer`
  },
  check(model, ctx) {
    const server = `${model.server.product} ${model.server.version}`;
    const { openssl } = ctx.options;
    const libraryHasTls13 = negotiableProtocols(["TLSv1.3"], openssl, null).length > 0;
    if (libraryHasTls13 && tlsSettingValues(model).protocols.every((list) => list.includes("TLSv1.3"))) return;
    for (const endpoint of tlsEndpoints(model)) {
      if (endpoint.unknown.has("protocols")) continue;
      const { value, source, valueRange } = endpoint.protocols;
      const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
      if (negotiableProtocols(value, openssl, level).includes("TLSv1.3")) continue;
      const configured = value.join(" ");
      if (!libraryHasTls13) {
        ctx.report("noLibrarySupport", { openssl }, source ? valueRange ?? source : endpoint.range);
      } else if (source === null) {
        ctx.report("byDefault", { configured, server }, endpoint.range);
      } else {
        const change = valueRange ? { kind: "addProtocol", endpoint, protocol: "TLSv1.3" } : void 0;
        ctx.report("configured", { configured }, valueRange ?? source, { change });
      }
    }
  }
});

// rules/session-tickets-enabled.ts
var session_tickets_enabled_default = defineRule({
  id: "session-tickets-enabled",
  description: "TLS session tickets are on while the ticket keys are never rotated",
  howToFix: "Turn session tickets off, or let the server rotate the ticket keys itself",
  severity: "warning",
  tags: ["security", "sessions"],
  profiles: ["modern", "intermediate", "old"],
  // Not Caddy: Go rotates Caddy's session ticket keys itself.
  dialects: ["nginx", "apache"],
  securitySeverity: 3.7,
  fixable: true,
  messages: {
    configured: 'Expected session tickets "off": ticket keys are not rotated, so one stolen key decrypts every recorded session',
    byDefault: (p) => `Expected session tickets "off": ${p.server} enables them by default and does not rotate the ticket keys here`
  },
  check(model, ctx) {
    const byDefault = { server: `${model.server.product} ${model.server.version}` };
    for (const endpoint of tlsEndpoints(model)) {
      if (endpoint.unknown.has("sessionTickets") || !endpoint.sessionTickets.value || endpoint.ticketKeyRotation === "automatic") continue;
      const { source, valueRange } = endpoint.sessionTickets;
      if (source === null) {
        ctx.report("byDefault", byDefault, endpoint.range);
        continue;
      }
      const change = valueRange ? { kind: "set", endpoint, key: "sessionTickets", value: false } : void 0;
      ctx.report("configured", void 0, source, { change });
    }
  }
});

// rules/ssl-directive-deprecated.ts
var ssl_directive_deprecated_default = defineRule({
  id: "ssl-directive-deprecated",
  description: "A TLS directive the server deprecated or removed is used instead of its replacement",
  howToFix: "Delete the deprecated directive and write the replacement the message names",
  severity: "error",
  tags: ["deprecated", "listen"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 2,
  fixable: true,
  dialects: ["nginx", "apache"],
  messages: {
    // A server that has not removed it yet (Apache's SSLCertificateChainFile) names no removal version.
    deprecated: (p) => `Deprecated directive "${p.written}" (${p.since}${p.removedIn ? `; removed in ${p.removedIn}` : ""}), expected "${p.instead}"`,
    removed: (p) => `Unknown directive "${p.written}" (removed in ${p.product} ${p.removedIn}): ${p.server} refuses to start, expected "${p.instead}"`
  },
  check(model, ctx) {
    if (!endpointFacts(model).deprecated) return;
    const server = `${model.server.product} ${model.server.version}`;
    const sharing = /* @__PURE__ */ new Map();
    for (const endpoint of model.endpoints) {
      for (const deprecated of endpoint.deprecated) {
        const range = deprecated.setting.source ?? endpoint.range;
        const key = `${range.file}:${range.start.offset}`;
        const entry = sharing.get(key) ?? { deprecated, range, endpoints: [] };
        entry.endpoints.push(endpoint);
        sharing.set(key, entry);
      }
    }
    for (const { deprecated, range, endpoints } of sharing.values()) {
      const { written, since, removedIn, instead } = ctx.names.deprecated(deprecated);
      const change = isRedundant(deprecated, endpoints) ? { kind: "removeDeprecated", deprecated } : void 0;
      if (deprecated.removed) ctx.report("removed", { written, product: ctx.names.server, removedIn: removedIn ?? "", server, instead }, range, { change });
      else ctx.report("deprecated", { written, since, removedIn, instead }, range, { change });
    }
  }
});
function isRedundant(deprecated, endpoints) {
  if (deprecated.setting.source === null || deprecated.key !== "tlsSwitch") return false;
  if (!deprecated.setting.value) return true;
  return endpoints.every((e) => e.listeners.every((l) => l.tls && l.tlsFrom !== "server-switch" || l.quic));
}

// rules/tls-compression-enabled.ts
var tls_compression_enabled_default = defineRule({
  id: "tls-compression-enabled",
  description: "TLS compression is turned on",
  howToFix: "Turn TLS compression off",
  severity: "error",
  tags: ["security"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.9,
  // nginx turns compression off itself (ngx_ssl_create sets SSL_OP_NO_COMPRESSION) and has no directive
  // of its own to turn it on; only Apache's SSLCompression does.
  dialects: ["apache"],
  messages: {
    enabled: (p) => `Expected ${p.setting} off: compressed TLS records leak secrets such as cookies to an attacker who can inject requests (CRIME)`,
    unavailable: (p) => `Expected ${p.setting} off: OpenSSL 1.1.0 and later builds have no compression method, so ${p.server} refuses to start; where one exists it enables CRIME`
  },
  check(model, ctx) {
    if (!endpointFacts(model).compression) return;
    const server = `${model.server.product} ${model.server.version}`;
    const setting = ctx.names.setting("compression");
    const seen = /* @__PURE__ */ new Set();
    for (const endpoint of tlsEndpoints(model)) {
      const compression = endpoint.compression;
      if (!compression?.value || compression.source === null || seen.has(compression.source)) continue;
      seen.add(compression.source);
      if (ctx.options.openssl === "1.0.2") ctx.report("enabled", { setting }, compression.source);
      else ctx.report("unavailable", { setting, server }, compression.source);
    }
  }
});

// rules/upstream-tls-unverified.ts
var upstream_tls_unverified_default = defineRule({
  id: "upstream-tls-unverified",
  description: "A proxied HTTPS upstream is used without verifying its certificate",
  howToFix: "Turn on verification of the upstream's certificate and name the CA certificates to check it against",
  severity: "warning",
  tags: ["security", "upstream"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.9,
  messages: {
    unverified: (p) => `Expected ${p.verify} for upstream "${p.target}", its certificate is not checked`
  },
  check(model, ctx) {
    if (!endpointFacts(model).upstreams) return;
    for (const endpoint of model.endpoints) {
      for (const upstream of endpoint.upstreams) {
        if (upstream.verify.value || isLoopback(upstream.target)) continue;
        const related = upstream.verify.source ? [{ range: upstream.verify.source, message: "Verification turned off here" }] : [];
        ctx.report("unverified", { target: upstream.target, verify: ctx.names.upstreamVerify(upstream) }, upstream.source, { related });
      }
    }
  }
});
function isLoopback(target) {
  const match = /^[a-z]+:\/\/(unix:|\[([^\]]+)\]|([^/:]+))/i.exec(target);
  if (!match) return false;
  if (match[1] === "unix:") return true;
  const host = (match[2] ?? match[3]).toLowerCase();
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// rules/index.ts
var allRules = [
  certificate_chain_incomplete_default,
  certificate_expired_default,
  certificate_expires_soon_default,
  certificate_file_missing_default,
  certificate_internal_ca_default,
  certificate_key_mismatch_default,
  certificate_name_mismatch_default,
  certificate_not_yet_valid_default,
  certificate_weak_key_default,
  certificate_weak_signature_default,
  cipher_no_forward_secrecy_default,
  cipher_no_usable_suite_default,
  cipher_not_in_profile_default,
  cipher_unknown_default,
  cipher_weak_default,
  client_auth_unverified_default,
  dhparam_weak_default,
  hsts_invalid_default,
  hsts_max_age_short_default,
  hsts_missing_default,
  hsts_not_always_default,
  hsts_on_plain_http_default,
  hsts_overridden_default,
  http_no_redirect_default,
  include_cycle_default,
  include_not_found_default,
  insecure_renegotiation_default,
  listen_443_no_certificate_default,
  listen_443_no_tls_default,
  ocsp_stapling_disabled_default,
  parse_error_default,
  protocol_deprecated_default,
  protocol_tls13_disabled_default,
  session_tickets_enabled_default,
  ssl_directive_deprecated_default,
  tls_compression_enabled_default,
  upstream_tls_unverified_default
];

// src/engine/run.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxIncludedFiles: 1e4,
  maxIncludeDepth: 50
};
async function lint(paths, options, optionsFor = async () => options, stdin) {
  const dialects = (options.dialect ? [options.dialect] : DIALECT_IDS).map((id) => DIALECT_FINDERS[id]);
  const notifications = [];
  const found = stdin ? { files: [{ path: resolve3(stdin.path), dialect: dialectOf(resolve3(stdin.path), dialects)?.id ?? dialects[0].id, explicit: true }], problems: [], unmatched: [] } : await discoverFiles(paths.map((p) => resolve3(p)), dialects);
  const { problems } = found;
  for (const problem of problems) notifications.push({ level: "error", message: problem.message, file: problem.path });
  const discovered = withoutPlannedDialects(found.files, options.root, notifications);
  const unmatched = [...found.unmatched, ...emptiedDirectories(found.files, discovered, notifications)];
  const texts = stdin ? /* @__PURE__ */ new Map([[resolve3(stdin.path), stdin.text]]) : void 0;
  const findings = [];
  const caches = [];
  const fileSummary = emptyFileReadSummary();
  const failed = { any: problems.some((problem) => !found.unmatched.includes(problem.path)) };
  let groupCount = 0;
  let checkedModels = 0;
  let contributed = false;
  const used = [];
  for (const finder of dialects) {
    const own = discovered.filter((file) => file.dialect === finder.id);
    if (own.length === 0) continue;
    used.push(finder);
    const dialect = await loadDialect(finder.id);
    const entries = [...own, ...contextEntries(own, dialect, options.root)];
    const groups = await groupByOptions(entryOrder(entries, dialect), optionsFor, notifications);
    groupCount += groups.size;
    for (const [groupOptions, group] of groups) {
      const linted = await lintGroup(group, groupOptions, dialect, notifications, { fileSummary, failed, texts, stdin: stdin && { ...stdin, path: resolve3(stdin.path) } });
      caches.push(linted.cache);
      checkedModels += linted.checkedModels;
      contributed ||= linted.contributed;
      for (const finding of linted.findings) findings.push(finding);
    }
  }
  for (const notice of fileNotifications(fileSummary)) notifications.push(notice);
  const files = firstReadings(caches);
  const ignored = await ignoredFiles([...new Set(findings.map((f) => f.range.file))], optionsFor);
  const unignored = ignored.size > 0 ? findings.filter((f) => !ignored.has(f.range.file)) : findings;
  const kept = (checkedModels > 1 || contributed ? dedupeFindings(unignored) : unignored).sort(compareFindings);
  const knownIds = new Set(allRules.map((r) => r.meta.id));
  for (const notice of applySuppressions(kept, files, knownIds, options.reportUnusedDisable ?? false)) notifications.push(notice);
  const readFiles = files.map((file) => file.path);
  return {
    findings: kept,
    notifications,
    files: readFiles,
    // A file that does not look like configuration is never quoted: no snippet, no excerpt.
    sources: new Map(files.filter((file) => !file.withheld).map((file) => [file.path, file.text])),
    root: options.root,
    unmatched,
    properties: runProperties(options, used.length > 0 ? used : dialects.slice(0, 1)),
    // Nothing to lint (no file found, or the config ignores all) is a success; nothing readable is not, nor
    // is a named file that could not be read or a tree that could not be modelled (exit code 2).
    executionSuccessful: !failed.any && (readFiles.length > 0 || groupCount === 0)
  };
}
function namedByRealPath(candidates) {
  const named = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    if (candidate.contextOnly) continue;
    try {
      const real = realpathSync2(candidate.path);
      if (!named.has(real)) named.set(real, candidate.path);
    } catch {
    }
  }
  return named;
}
async function lintGroup(candidates, options, dialect, notifications, run) {
  const modelOptions = withServerVersion(options, dialect);
  const context = {
    root: options.root,
    pathMaps: options.pathMaps,
    cache: /* @__PURE__ */ new Map(),
    texts: run.texts,
    namedByRealPath: namedByRealPath(candidates),
    ...options.limits,
    serverVersions: modelOptions.serverVersions,
    ...options.syntax ? { syntax: options.syntax } : {},
    notify: (notification) => notifications.push(notification)
  };
  const noted = notifications.length;
  const failedBefore = run.failed.any;
  const misses = onDemandMisses();
  const loaded = await loadEntries(candidates, dialect, context, notifications, run.failed);
  if (onDemandMisses() !== misses) {
    notifications.length = noted;
    run.failed.any = failedBefore;
    await loadMissedModules();
    return lintGroup(candidates, options, dialect, notifications, run);
  }
  const findings = [];
  const models = loaded.map(({ entry, reportOnly }) => {
    const model = buildModel(dialect, entry, modelOptions, notifications, run.fileSummary);
    if (!model) run.failed.any = true;
    return { model, reportOnly, areas: model && reportOnly ? contributedAreas(model, reportOnly) : [] };
  });
  const stdinFile = run.stdin?.invalid && context.cache.get(run.stdin.path);
  if (stdinFile && run.stdin?.invalid) stdinFile.diagnostics.push(invalidUtf8Diagnostic(stdinFile.path, stdinFile.text, run.stdin.invalid));
  for (const file of context.cache.values()) file.diagnostics = capParseErrors(file.diagnostics);
  releaseDirectives(context.cache);
  let checkedModels = 0;
  let contributed = false;
  for (const { model, reportOnly, areas } of models) {
    if (!model) continue;
    checkedModels++;
    for (const finding of runRules(model, options, notifications, run.failed)) {
      if (!reportOnly || reportOnly.has(finding.range.file)) findings.push(finding);
      else {
        const moved = contributedFinding(finding, areas);
        if (moved) {
          findings.push(moved);
          contributed = true;
        }
      }
    }
  }
  return { cache: context.cache, findings, checkedModels, contributed };
}
function releaseDirectives(files) {
  for (const file of files.values()) file.directives = [];
}
function withoutPlannedDialects(files, root, notifications) {
  return files.filter((file) => {
    const inside = relative4(root, file.path);
    const planned = plannedDialectOf(inside.startsWith("..") ? basename3(file.path) : inside);
    if (planned && file.explicit) {
      notifications.push({ level: "note", message: `Skipped ${file.path}: tlslint does not read ${planned.name} configuration yet`, file: file.path });
    }
    return !planned;
  });
}
function emptiedDirectories(found, kept, notifications) {
  const keptFrom = new Set(kept.map((file) => file.scannedFrom));
  const skipped = /* @__PURE__ */ new Map();
  for (const file of found) {
    if (file.scannedFrom !== void 0 && !keptFrom.has(file.scannedFrom)) skipped.set(file.scannedFrom, (skipped.get(file.scannedFrom) ?? 0) + 1);
  }
  for (const [directory, count] of skipped) {
    notifications.push({ level: "note", message: `Skipped ${count} file${count === 1 ? "" : "s"} under ${directory}: tlslint does not read Caddy configuration yet`, file: directory });
  }
  return [...skipped.keys()];
}
function firstReadings(caches) {
  const files = /* @__PURE__ */ new Map();
  for (const cache2 of caches) for (const file of cache2.values()) if (!files.has(file.path)) files.set(file.path, file);
  return [...files.values()];
}
async function ignoredFiles(files, optionsFor) {
  const ignored = /* @__PURE__ */ new Set();
  for (const file of files) if (await optionsFor(file) === null) ignored.add(file);
  return ignored;
}
async function groupByOptions(candidates, optionsFor, notifications) {
  const groups = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const options = await optionsFor(candidate.path);
    if (options === null) {
      if (candidate.explicit) notifications.push({ level: "warning", message: `File ignored by the config's "ignore" patterns: ${candidate.path}`, file: candidate.path });
      continue;
    }
    const group = groups.get(options);
    if (group) group.push(candidate);
    else groups.set(options, [candidate]);
  }
  return groups;
}
function withServerVersion(options, dialect) {
  const serverVersion = options.serverVersions[dialect.id] ?? dialect.defaultServerVersion;
  return { ...options, serverVersions: { ...options.serverVersions, [dialect.id]: serverVersion } };
}
function contextEntries(discovered, dialect, root) {
  const known = new Set(discovered.map((f) => f.path));
  const added = [];
  for (const file of discovered) {
    if (!file.explicit || dialect.mainFileNames.includes(basename3(file.path))) continue;
    for (const main2 of mainFilesAbove(file.path, dialect, root)) {
      if (!known.has(main2)) added.push({ path: main2, dialect: dialect.id, explicit: false, contextOnly: true });
      known.add(main2);
    }
  }
  return added;
}
function mainFilesAbove(file, dialect, root) {
  const found = [];
  const inside = !relative4(root, file).startsWith("..");
  for (let dir = dirname3(file); ; dir = dirname3(dir)) {
    for (const name of dialect.mainFileNames) if (isFile(join3(dir, name))) found.push(join3(dir, name));
    if (dir === dirname3(dir) || inside && dir === root) return found;
  }
}
async function loadEntries(candidates, dialect, context, notifications, failed) {
  const included = /* @__PURE__ */ new Set();
  const named = new Set(candidates.filter((c) => !c.contextOnly).map((c) => c.path));
  const entries = [];
  for (const candidate of candidates) {
    if (included.has(realPathOf(candidate.path))) continue;
    try {
      const [entry, ...rest] = await dialect.load(candidate.path, context);
      if (candidate.contextOnly) {
        const reportOnly = new Set(rest.map((file) => file.path).filter((path) => named.has(path)));
        for (const path of reportOnly) included.add(realPathOf(path));
        if (reportOnly.size) entries.push({ entry, reportOnly });
        continue;
      }
      for (const file of rest) if (file.path !== entry.path) included.add(realPathOf(file.path));
      entries.push({ entry });
    } catch (error) {
      const named2 = error instanceof Error && error.message.includes(candidate.path);
      notifications.push({ level: "error", message: named2 ? error.message : describeFsError(error, candidate.path), file: candidate.path });
      if (candidate.explicit) failed.any = true;
    }
  }
  return entries.filter(({ entry }) => !included.has(realPathOf(entry.path)));
}
function realPathOf(path) {
  try {
    return realpathSync2(path);
  } catch {
    return path;
  }
}
function buildModel(dialect, entry, options, notifications, fileSummary) {
  try {
    const model = dialect.buildModel(entry, options);
    attachCertificateInfo(model, fileSummary);
    return model;
  } catch (error) {
    const message = isStackOverflow(error) ? `${entry.path} and its includes nest blocks too deeply to be modelled (the stack overflowed); nothing in them was checked` : `Internal error while reading ${entry.path}: ${errorText(error)}`;
    notifications.push({ level: "error", message, file: entry.path });
    return void 0;
  }
}
function fileNotifications(summary) {
  const notices = [];
  const missing = [...summary.notFound].sort();
  const maps = mapSuggestions(missing);
  if (missing.length === 1) {
    notices.push({ level: "note", message: `1 certificate file named by the config was not found and was not checked (${missing[0]}); to check it, map its directory into the checkout: ${maps}` });
  } else if (missing.length > 1) {
    notices.push({ level: "note", message: `${missing.length} certificate files named by the config were not found and were not checked; to check them, map their directories into the checkout: ${maps}` });
  }
  const encrypted = [...summary.encryptedKeys].sort();
  if (encrypted.length === 1) {
    notices.push({ level: "note", message: `1 private key file is encrypted and was not compared with its certificate (${encrypted[0]})` });
  } else if (encrypted.length > 1) {
    notices.push({ level: "note", message: `${encrypted.length} private key files are encrypted and were not compared with their certificates` });
  }
  return notices;
}
function mapSuggestions(paths) {
  const groups = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const top = dirname3(path).split("/").slice(0, 3).join("/") || "/";
    const group = groups.get(top);
    if (group) group.push(path);
    else groups.set(top, [path]);
  }
  const flags = [...new Set([...groups.values()].map((group) => `--map ${commonDirectory(group)}=./path/in/checkout`))];
  return flags.length > 3 ? `${flags.slice(0, 3).join(" ")} (and ${flags.length - 3} more)` : flags.join(" ");
}
function commonDirectory(paths) {
  let common = dirname3(paths[0]);
  for (const path of paths) while (common !== "/" && !path.startsWith(`${common}/`)) common = dirname3(common);
  return common;
}
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
function runRules(model, options, notifications, failed) {
  const findings = [];
  for (const rule of enabledRules(options)) {
    const severity = options.ruleSettings[rule.meta.id];
    try {
      for (const finding of runRule(rule, model, options, severity === void 0 || severity === "off" ? rule.meta.severity : severity)) findings.push(finding);
    } catch (error) {
      if (isStackOverflow(error)) failed.any = true;
      notifications.push({
        level: "error",
        message: `Rule ${rule.meta.id} failed on ${model.files[0]?.path ?? "a model"}: ${errorText(error)}`,
        file: model.files[0]?.path,
        ruleId: rule.meta.id
      });
    }
  }
  return findings;
}
function enabledRules(options) {
  return allRules.filter((rule) => {
    const id = rule.meta.id;
    if (options.onlyRules && !options.onlyRules.includes(id)) return false;
    if (options.ruleSettings[id] === "off") return false;
    return rule.meta.profiles.includes(options.profile);
  });
}
function dedupeFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.range.file}\0${startOffsetOf(f.range)}\0${endOffsetOf(f.range)}\0${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function compareFindings(a, b) {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function runProperties(options, dialects) {
  const versions = dialects.map((dialect) => `${dialect.id} ${withServerVersion(options, dialect).serverVersions[dialect.id]}`);
  return {
    profile: options.profile,
    mozillaGuidelines: getProfile(options.profile, options.guidelines).guidelines,
    dialect: dialects.map((dialect) => dialect.id).join(", "),
    serverVersion: versions.join(", "),
    openssl: options.openssl,
    now: options.now.toISOString()
  };
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/engine/effective-options.ts
import { dirname as dirname4, resolve as resolve4 } from "node:path";
function optionsResolver(base, explicit, configs) {
  const byKey = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  return async (file) => {
    const known = byFile.get(file);
    if (known !== void 0) return known;
    const config = await configs.configFor(file);
    let options = base;
    if (config?.isIgnored(file)) options = null;
    else if (config) {
      const settings = settingsFor(config, file);
      const key = `${config.path}\0${JSON.stringify(settings)}`;
      options = byKey.get(key) ?? null;
      if (!options) byKey.set(key, options = applySettings(base, settings, explicit, config));
    }
    byFile.set(file, options);
    return options;
  };
}
function applySettings(base, settings, explicit, config) {
  const profile = !explicit.profile && settings.profile ? settings.profile : base.profile;
  const guidelines = !explicit.guidelines && settings.guidelines ? settings.guidelines : base.guidelines;
  checkProfile(profile, guidelines, config);
  const serverVersions = { ...base.serverVersions };
  for (const [dialect, version] of Object.entries(settings.serverVersions ?? {})) {
    if (!explicit.serverVersions?.includes(dialect)) serverVersions[dialect] = version;
  }
  const ruleSettings = {};
  const ruleOptions = { ...base.ruleOptions };
  for (const [id, entry] of Object.entries(settings.rules ?? {})) {
    const { severity, options } = normalizeRuleEntry(entry);
    if (severity) ruleSettings[id] = severity;
    if (options) ruleOptions[id] = { ...ruleOptions[id], ...options };
  }
  for (const id of explicit.rules ?? []) ruleSettings[id] = base.ruleSettings[id];
  return {
    ...base,
    profile,
    guidelines,
    serverVersions,
    openssl: !explicit.openssl && settings.openssl ? settings.openssl : base.openssl,
    ruleSettings: { ...base.ruleSettings, ...ruleSettings },
    ruleOptions,
    // Flags' maps come first: the first prefix that matches wins.
    pathMaps: [...base.pathMaps, ...Object.entries(config.data.pathMaps ?? {}).map(([from, to]) => ({ from: from.replace(/\/+$/, "") || "/", to: resolve4(dirname4(config.path), to) }))]
  };
}
function checkProfile(profile, guidelines, config) {
  try {
    getProfile(profile, guidelines);
  } catch (error) {
    throw new ConfigError(`${config.path}: profile "${profile}" with guidelines "${guidelines}": ${error.message}`);
  }
}

// src/cli/print-config.ts
import { relative as relative5 } from "node:path";
async function printConfig(file, settings, configs, io) {
  const options = settings.optionsFor ? await settings.optionsFor(file) : settings.run;
  const config = await configs.configFor(file);
  const effective = options ?? settings.run;
  const dialect = await dialectFor(file, effective.dialect);
  const enabled = new Set(enabledRules(effective).map((rule) => rule.meta.id));
  const printed = {
    file,
    configFile: config?.path ?? null,
    ignored: options === null,
    dialect: dialect.id,
    profile: effective.profile,
    guidelines: effective.guidelines,
    serverVersions: withServerVersion(effective, dialect).serverVersions,
    openssl: effective.openssl,
    pathMaps: Object.fromEntries(effective.pathMaps.map((map) => [map.from, relative5(effective.root, map.to) || "."])),
    rules: Object.fromEntries(
      allRules.map((rule) => {
        const id = rule.meta.id;
        const setting = effective.ruleSettings[id];
        const severity = !enabled.has(id) ? "off" : setting && setting !== "off" ? setting : rule.meta.severity;
        const options2 = effective.ruleOptions[id];
        return [id, options2 && Object.keys(options2).length ? { severity, options: options2 } : severity];
      })
    )
  };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}
`);
  return 0;
}

// src/cli/options.ts
import { resolve as resolve5 } from "node:path";
var CADDY_JSON_DIALECT = "caddy-json";
var DIALECT_CHOICES = [...DIALECT_IDS, CADDY_JSON_DIALECT];
var UsageError = class extends Error {
};
var FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "checkstyle", "markdown"];
var FAIL_ON = ["error", "warning", "note", "none"];
var UNUSED_DISABLE_SEVERITIES = ["off", "note", "warning", "error"];
var RULE_SETTINGS = ["off", "note", "warning", "error"];
function settingsFromFlags(flags, knownRuleIds, cwd = process.cwd()) {
  const caddyJson = flags.dialect === CADDY_JSON_DIALECT;
  const dialect = flags.dialect === void 0 ? void 0 : caddyJson ? "caddy" : oneOf("--dialect", flags.dialect, DIALECT_IDS);
  const root = resolve5(cwd, flags.root ?? ".");
  return {
    run: {
      dialect,
      ...caddyJson ? { syntax: CADDY_JSON_DIALECT } : {},
      profile: oneOf("--profile", flags.profile, PROFILE_NAMES),
      guidelines: guidelinesFor(flags.guidelines, flags.profile),
      serverVersions: flags.serverVersion ? parseServerVersion(flags.serverVersion, dialect) : {},
      openssl: oneOf("--openssl", flags.openssl, OPENSSL_VERSIONS),
      now: parseNow(flags.now),
      root,
      pathMaps: flags.map.map((m) => parseMap(m, root)),
      ruleOptions: {},
      reportUnusedDisable: flags.reportUnusedDisableSeverity !== void 0 ? oneOf("--report-unused-disable-severity", flags.reportUnusedDisableSeverity, UNUSED_DISABLE_SEVERITIES) : flags.reportUnusedDisable ?? false,
      ruleSettings: Object.fromEntries(flags.rule.map((r) => parseRuleSetting(r, knownRuleIds))),
      limits: {
        // An empty value (`--max-file-size ""`, an unset shell variable) is an error, not the default.
        maxFileBytes: flags.maxFileSize !== void 0 ? parseSize(flags.maxFileSize) : DEFAULT_LIMITS.maxFileBytes,
        maxIncludedFiles: flags.maxIncludedFiles !== void 0 ? parseCount("--max-included-files", flags.maxIncludedFiles) : DEFAULT_LIMITS.maxIncludedFiles,
        maxIncludeDepth: flags.maxIncludeDepth !== void 0 ? parseCount("--max-include-depth", flags.maxIncludeDepth) : DEFAULT_LIMITS.maxIncludeDepth
      }
    },
    format: oneOf("--format", flags.format, FORMATS),
    output: flags.output,
    alsoReports: (flags.alsoReport ?? []).map(parseAlsoReport),
    sarifCategory: parseCategory(flags.sarifCategory),
    failOn: oneOf("--fail-on", flags.failOn, FAIL_ON),
    quiet: flags.quiet ?? false,
    maxWarnings: flags.maxWarnings === void 0 ? void 0 : parseCount("--max-warnings", flags.maxWarnings),
    allowUnmatched: flags.errorOnUnmatchedPattern === false,
    sarifIncludeSuppressed: flags.sarifIncludeSuppressed ?? false,
    debug: flags.debug ?? false,
    color: flags.color
  };
}
function oneOf(flag, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`Invalid value "${value}" for ${flag}: expected one of ${allowed.join(", ")}`);
}
function guidelinesFor(version, profile) {
  oneOf("--guidelines", version, GUIDELINE_VERSIONS);
  if (profile === "old" && version !== LATEST_GUIDELINES && !["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8"].includes(version)) {
    throw new UsageError(`Mozilla guidelines ${version} have no "old" profile; use --guidelines 5.8`);
  }
  return version;
}
function parseServerVersion(value, dialect = "nginx") {
  const match = /^(?:([a-z]+)=)?(\d+(?:\.\d+){0,2})$/.exec(value);
  if (!match) throw new UsageError(`Invalid --server-version "${value}": expected a version like 1.22.1 or nginx=1.22.1`);
  const target = match[1] ?? dialect;
  if (!isDialectId(target)) throw new UsageError(`Unknown dialect "${target}" in --server-version`);
  return { [target]: match[2] };
}
function parseCategory(value) {
  if (value === void 0) return void 0;
  const category = value.replace(/\/+$/, "");
  if (!/^[\w.\-/]+$/.test(category)) throw new UsageError(`Invalid --sarif-category "${value}": use letters, digits, ".", "-", "_" and "/"`);
  return category;
}
function parseNow(value) {
  if (value === void 0) return /* @__PURE__ */ new Date();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError(`Invalid --now "${value}": expected an ISO date like 2026-01-31`);
  return date;
}
function parseAlsoReport(value) {
  const at = value.indexOf("=");
  if (at <= 0 || at === value.length - 1) throw new UsageError(`Invalid --also-report "${value}": expected FORMAT=FILE, e.g. stylish=- or sarif=tlslint.sarif`);
  const file = value.slice(at + 1);
  return { format: oneOf("--also-report", value.slice(0, at), FORMATS), output: file === "-" ? void 0 : file };
}
function parseMap(value, root) {
  const at = value.indexOf("=");
  if (at <= 0 || at === value.length - 1 || !value.startsWith("/")) {
    throw new UsageError(`Invalid --map "${value}": expected /absolute/prefix=./local/dir`);
  }
  return { from: value.slice(0, at).replace(/\/+$/, "") || "/", to: resolve5(root, value.slice(at + 1)) };
}
function parseRuleSetting(value, knownRuleIds) {
  const [id, setting] = value.split("=");
  if (!id || setting === void 0) throw new UsageError(`Invalid --rule "${value}": expected id=off|note|warning|error`);
  if (!knownRuleIds.includes(id)) throw new UsageError(`Unknown rule "${id}" in --rule; see 'tlslint rules'`);
  return [id, oneOf(`--rule ${id}`, setting, RULE_SETTINGS)];
}
function parseCount(flag, value) {
  if (!/^\d+$/.test(value)) throw new UsageError(`Invalid ${flag} "${value}": expected a whole number`);
  return Number(value);
}
function parseSize(value) {
  const match = /^(\d+)([kKmMgG]?)[bB]?$/.exec(value);
  if (!match) throw new UsageError(`Invalid --max-file-size "${value}": expected bytes or a size like 50M`);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase()];
  return Number(match[1]) * unit;
}

// src/report/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", note: "info" };
function escapeXml(text) {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
function errorElement(line, column, severity, message, source) {
  return `    <error line="${line}" column="${column}" severity="${SEVERITY[severity]}" message="${escapeXml(message)}" source="${escapeXml(source)}"/>`;
}
function notificationSource(notification) {
  return notification.ruleId ? `tlslint.${notification.ruleId}` : "tlslint";
}
function formatCheckstyle(result, _rules, _options = {}) {
  const byFile = /* @__PURE__ */ new Map();
  const add = (path, line) => {
    const lines2 = byFile.get(path);
    if (lines2) lines2.push(line);
    else byFile.set(path, [line]);
  };
  for (const f of result.findings.filter((f2) => !f2.suppression).sort((a, b) => compareRanges(a.range, b.range))) {
    add(displayPath(f.range.file, result.root), errorElement(f.range.start.line, f.range.start.column, f.severity, f.message, `tlslint.${f.ruleId}`));
  }
  for (const n of result.notifications) {
    if (n.file !== void 0 && n.level !== "note") add(displayPath(n.file, result.root), errorElement(n.line ?? 1, 1, n.level, n.message, notificationSource(n)));
  }
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const [path, errors] of byFile) {
    lines.push(`  <file name="${escapeXml(path)}">`);
    for (const error of errors) lines.push(error);
    lines.push("  </file>");
  }
  lines.push("</checkstyle>", "");
  return lines.join("\n");
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(result, _rules, _options = {}) {
  const findings = result.findings.filter((f) => !f.suppression).sort((a, b) => compareRanges(a.range, b.range));
  const lines = [
    ...findings.map((f) => findingCommand(f, result.root)),
    ...result.notifications.map((n) => notificationCommand(n, result.root))
  ];
  return lines.map((line) => `${line}
`).join("");
}
function findingCommand(finding, root) {
  const { start, end } = finding.range;
  const properties = [["file", displayPath(finding.range.file, root)], ["line", start.line]];
  if (start.line === end.line) properties.push(["col", start.column]);
  properties.push(["endLine", end.line]);
  if (start.line === end.line) properties.push(["endColumn", Math.max(start.column, end.column - 1)]);
  properties.push(["title", finding.ruleId]);
  return command(COMMAND[finding.severity], properties, finding.message);
}
function notificationCommand(notification, root) {
  const properties = [];
  if (notification.file !== void 0) properties.push(["file", displayPath(notification.file, root)]);
  if (notification.file !== void 0 && notification.line !== void 0) properties.push(["line", String(notification.line)]);
  properties.push(["title", notification.ruleId ? `tlslint (${notification.ruleId})` : "tlslint"]);
  return command(COMMAND[notification.level], properties, notification.message);
}
function command(name, properties, message) {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name} ${props}::${escapeData(message)}`;
}

// src/report/gitlab.ts
var SEVERITY2 = { error: "major", warning: "minor", note: "info" };
function formatGitlab(result, _rules, options = {}) {
  const findings = result.findings.filter((f) => !f.suppression).sort((a, b) => compareRanges(a.range, b.range));
  const fingerprints = assignFingerprints(findings, options.readSource ?? (() => void 0), result.root);
  const issues = findings.map((f) => issue(f, fingerprints.get(f), result.root));
  for (const n of result.notifications) if (n.file !== void 0 && n.level !== "note") issues.push(notificationIssue(n, result.root));
  return `${JSON.stringify(issues, null, 2)}
`;
}
function notificationIssue(notification, root) {
  const path = displayPath(notification.file, root);
  const line = notification.line ?? 1;
  return {
    description: notification.message,
    check_name: notification.ruleId ? `tlslint/${notification.ruleId}` : "tlslint",
    fingerprint: cryptoModule().createHash("sha256").update(["tlslint", path, notification.message].join("\0")).digest("hex").slice(0, 16),
    severity: SEVERITY2[notification.level],
    location: { path, positions: { begin: { line, column: 1 }, end: { line, column: 1 } } }
  };
}
function issue(finding, fingerprint, root) {
  const { start, end } = finding.range;
  return {
    description: finding.message,
    check_name: finding.ruleId,
    fingerprint,
    severity: SEVERITY2[finding.severity],
    location: {
      path: displayPath(finding.range.file, root),
      positions: { begin: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } }
    }
  };
}

// src/report/json.ts
var JSON_REPORT_VERSION = 1;
function buildJsonReport(result, options = {}) {
  const fingerprints = assignFingerprints(result.findings, options.readSource ?? (() => void 0), result.root);
  const findings = [...result.findings].sort((a, b) => compareRanges(a.range, b.range));
  return {
    version: JSON_REPORT_VERSION,
    root: result.root,
    properties: sortedRecord(result.properties),
    findings: findings.map((f) => jsonFinding(f, result.root, fingerprints.get(f) ?? "")),
    notifications: result.notifications.map((n) => ({
      level: n.level,
      message: n.message,
      file: n.file === void 0 ? null : displayPath(n.file, result.root),
      line: n.line ?? null,
      ruleId: n.ruleId ?? null
    }))
  };
}
function formatJson(result, _rules, options = {}) {
  return `${JSON.stringify(buildJsonReport(result, options), null, options.indent ?? 2)}
`;
}
function jsonFinding(finding, root, fingerprint) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    ...jsonRange(finding.range, root),
    related: finding.related.map((r) => ({ ...jsonRange(r.range, root), message: r.message })),
    fix: finding.fix ? { description: finding.fix.description, edits: finding.fix.edits.map((e) => ({ ...jsonRange(e.range, root), text: e.text })) } : null,
    suppressed: finding.suppression ? { kind: finding.suppression.kind, justification: finding.suppression.justification ?? null } : null,
    fingerprint,
    ...finding.properties ? { properties: sortedRecord(finding.properties) } : {}
  };
}
function jsonRange(range, root) {
  const { start, end } = range;
  return {
    file: displayPath(range.file, root),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column
  };
}

// src/report/markdown.ts
var MARKDOWN_MAX_ROWS = 200;
var ORDER = ["error", "warning", "note"];
function formatMarkdown(result, rules, options = {}) {
  const findings = result.findings.filter((f) => !f.suppression).sort(compareSeverityThenPosition);
  const suppressed = result.findings.length - findings.length;
  const lines = ["### tlslint", ""];
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const unmatched = result.unmatched ?? [];
  const incomplete = !result.executionSuccessful || unmatched.length > 0;
  lines.push(findings.length > 0 ? `${plural(findings.length, "problem")}: ${ORDER.map((s) => plural(count(s), s)).join(", ")}.` : incomplete ? "No problems found in what could be linted; see the notices below." : "No problems found.");
  if (suppressed > 0) lines.push("", `${plural(suppressed, "finding")} suppressed by comments or the baseline ${suppressed === 1 ? "is" : "are"} not listed.`);
  if (findings.length > 0) {
    const docs = new Map(rules.map((rule) => [rule.id, rule.docs]));
    const max = options.maxRows ?? MARKDOWN_MAX_ROWS;
    lines.push("", "| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
    for (const finding of findings.slice(0, max)) lines.push(row(finding, docs.get(finding.ruleId), result.root));
    if (findings.length > max) lines.push("", `${findings.length - max} more not shown: see the full report.`);
  }
  if (result.notifications.length > 0 || unmatched.length > 0) {
    lines.push("", "**tlslint notices**", "");
    for (const path of unmatched) lines.push(`- \`${code(displayPath(path, result.root))}\` matched no config file`);
    for (const n of result.notifications) lines.push(`- ${n.level}: ${cell(n.message)}${n.file ? ` (\`${code(displayPath(n.file, result.root))}${n.line ? `:${n.line}` : ""}\`)` : ""}`);
  }
  return `${lines.join("\n")}
`;
}
function row(finding, docs, root) {
  const rule = docs ? `[${finding.ruleId}](${docs})` : finding.ruleId;
  const where = `\`${code(displayPath(finding.range.file, root))}:${finding.range.start.line}\``;
  return `| ${finding.severity} | ${rule} | ${where} | ${cell(finding.message)} |`;
}
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|])/g, "\\$1");
}
function code(text) {
  return text.replace(/`/g, "'").replace(/\|/g, "\u2223").replace(/\r?\n/g, " ");
}
function compareSeverityThenPosition(a, b) {
  return ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || compareRanges(a.range, b.range);
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var GITHUB_MAX_RESULTS = 25e3;
var FINGERPRINT_KEY = "tlslintFinding/v1";
var SRCROOT = "%SRCROOT%";
var DEFAULT_INFORMATION_URI = "https://github.com/tlslint/tlslint";
function formatSarif(result, rules, options) {
  return [...sarifChunks(result, rules, options)].join("");
}
function* sarifChunks(result, rules, options) {
  const { run, kept, context } = buildRun(result, rules, options);
  const marker = `tlslint-results-${Math.random().toString(36).slice(2)}`;
  const frame = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [{ ...run, results: marker }] }, null, 2);
  const at = frame.indexOf(`"${marker}"`);
  const keyIndent = at - frame.lastIndexOf("\n", at) - 1 - '"results": '.length;
  yield frame.slice(0, at);
  const results = new ResultWriter(context, keyIndent + 2);
  for (const finding of kept) {
    results.add(finding);
    if (results.count % RESULTS_PER_CHUNK === 0) yield results.take();
  }
  yield results.count === 0 ? "[]" : `${results.take()}
${" ".repeat(keyIndent)}]`;
  yield `${frame.slice(at + marker.length + 2)}
`;
}
var RESULTS_PER_CHUNK = 500;
function indented(value, depth) {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(depth * depth + 3 * depth, text.length - (depth * depth + depth));
}
var breaks = [];
var lineBreak = (indent) => breaks[indent] ??= flat(`
${" ".repeat(indent)}`);
function flat(text) {
  text.charCodeAt(0);
  return text;
}
function jsonAt(value, indent) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  return indented(value, indent / 2);
}
function artifactLocationText(location, indent) {
  const field = lineBreak(indent + 2);
  let text = `{${field}"uri": ${JSON.stringify(location.uri)}`;
  if (location.uriBaseId !== void 0) text += `,${field}"uriBaseId": ${JSON.stringify(location.uriBaseId)}`;
  if (location.index !== void 0) text += `,${field}"index": ${numberText(location.index)}`;
  return flat(`${text}${lineBreak(indent)}}`);
}
var numberText = (value) => Number.isFinite(value) ? `${value}` : "null";
var RegionLayout = class {
  startColumn;
  endLine;
  endColumn;
  charOffset;
  charLength;
  /** Between the last number and the snippet's text. */
  snippet;
  /** After the snippet's text: its closing brace and the region's. */
  snippetClose;
  /** After the last number when there is no snippet: the region's closing brace. */
  close;
  /**
   * The text from the start line's value to the end line's, and from the end line's value to the offset's, by line
   * and column: a report has a few distinct columns on each line (and lengths, see RegionEnd), so each such stretch
   * is one part, made once.
   */
  startTexts = [];
  endTexts = [];
  constructor(indent) {
    const field = lineBreak(indent + 2);
    this.startColumn = flat(`,${field}"startColumn": `);
    this.endLine = flat(`,${field}"endLine": `);
    this.endColumn = flat(`,${field}"endColumn": `);
    this.charOffset = flat(`,${field}"charOffset": `);
    this.charLength = flat(`,${field}"charLength": `);
    this.snippet = flat(`,${field}"snippet": {${lineBreak(indent + 4)}"text": `);
    this.snippetClose = flat(`${field}}${lineBreak(indent)}}`);
    this.close = flat(`${lineBreak(indent)}}`);
  }
  /** A region's end that `tail` follows: the text after its `"charLength"`, the one number that varies in it. */
  end(tail) {
    return { head: this.charLength, tail, byLength: [] };
  }
  /** Pushes the region's numbers from its start line's value (after `"startLine": `) on, then `end`. */
  write(parts, start, end, last) {
    parts.push(
      linePiece(this.startTexts, start.line, this.startColumn, start.column, this.endLine),
      linePiece(this.endTexts, end.line, this.endColumn, end.column, this.charOffset),
      numberText(start.offset),
      piece(last.byLength, last.head, end.offset - start.offset, last.tail)
    );
  }
};
var CACHED_NUMBERS = 4096;
function piece(cache2, head, value, tail) {
  if (!cacheable(value)) return `${head}${numberText(value)}${tail}`;
  return cache2[value] ??= flat(`${head}${value}${tail}`);
}
function linePiece(cache2, line, head, column, tail) {
  if (!(cacheable(line) && cacheable(column))) return `${numberText(line)}${head}${numberText(column)}${tail}`;
  const byColumn = cache2[line] ??= [];
  return byColumn[column] ??= flat(`${line}${head}${column}${tail}`);
}
var cacheable = (value) => value >= 0 && value < CACHED_NUMBERS && Number.isInteger(value);
var ResultWriter = class {
  /** @param indent where results stand: the depth of the log's results array, plus 2. */
  constructor(context, indent) {
    this.context = context;
    this.indent = indent;
    const [field, item, member, change, changeMember, replacement, replacementMember, text] = [2, 4, 6, 8, 10, 12, 14, 16].map((depth) => lineBreak(indent + depth));
    this.region = new RegionLayout(indent + 8);
    this.deletedRegion = new RegionLayout(indent + 14);
    this.field = field;
    this.locations = flat(`${field}},${field}"locations": [${item}{${member}"physicalLocation": `);
    const locationClose = `${member}}${item}}${field}]`;
    const primaryClose = `${this.region.close}${locationClose}`;
    this.primaryCloseAfterSnippet = flat(`${this.region.snippetClose}${locationClose}`);
    this.fingerprint = flat(`,${field}"partialFingerprints": {${item}${JSON.stringify(FINGERPRINT_KEY)}: "`);
    this.primaryCloseAfterSnippetFingerprint = flat(`${this.primaryCloseAfterSnippet}${this.fingerprint}`);
    this.snippetRegionEnd = this.region.end(this.region.snippet);
    this.closedRegionEnd = this.region.end(flat(primaryClose));
    this.closedRegionEndFingerprint = this.region.end(flat(`${primaryClose}${this.fingerprint}`));
    this.fingerprintClose = flat(`"${field}}`);
    this.end = flat(`${lineBreak(indent)}}`);
    this.fingerprintCloseResult = flat(`${this.fingerprintClose}${this.end}`);
    this.relatedRegionEnd = this.region.end(flat(`${this.region.close}${member}},${member}"message": {${change}"text": `));
    this.fixOpen = flat(`,${field}"fixes": [${item}{${member}"description": {${change}"text": `);
    this.fixChanges = flat(`${member}},${member}"artifactChanges": `);
    this.fixClose = flat(`${item}}${field}]`);
    const replacementOpen = `${replacement}{${replacementMember}"deletedRegion": {${text}"startLine": `;
    this.firstReplacement = flat(replacementOpen);
    this.nextReplacement = flat(`,${replacementOpen}`);
    this.deletedRegionEnd = this.deletedRegion.end(flat(`${this.deletedRegion.close},${replacementMember}"insertedContent": {${text}"text": `));
    const replacementClose = `${replacementMember}}${replacement}}`;
    const changeClose = `${replacementClose}${changeMember}]${change}}`;
    this.replacementEnd = flat(replacementClose);
    this.changeEnd = flat(`${changeClose},`);
    this.fixEnd = flat(`${changeClose}${member}]${this.fixClose}`);
  }
  context;
  indent;
  /** Results added so far. */
  count = 0;
  parts = [];
  /** Result heads, up to the message text, by rule id, then level. */
  heads = /* @__PURE__ */ new Map();
  /** Message texts as JSON, by message: for results without related locations, whose text depends on the message alone. */
  messages = /* @__PURE__ */ new Map();
  /** Result heads with their message text, by message, with the rule and level they were made for. */
  headsByMessage = /* @__PURE__ */ new Map();
  /** The last result's file, its lines and its primary location's head: results come grouped by file. */
  file = void 0;
  lines = void 0;
  fileHead = "";
  /** A physical location's text up to its start line's value, by file. */
  locationHeads = /* @__PURE__ */ new Map();
  /** The same after the end of the message and the opening of the locations array: a result's first location. */
  primaryHeads = /* @__PURE__ */ new Map();
  /** Artifact location texts by depth, then file. */
  artifacts = /* @__PURE__ */ new Map();
  /** Property bags are shared by the findings about one certificate (sortedRecord returns one object for each). */
  propertyTexts = /* @__PURE__ */ new WeakMap();
  /** Snippet texts with what follows them (see snippetText), by snippet. */
  snippets = /* @__PURE__ */ new Map();
  snippetsBeforeRelated = /* @__PURE__ */ new Map();
  region;
  deletedRegion;
  // The fixed text between a result's values, named by what comes before or after it.
  field;
  locations;
  primaryCloseAfterSnippet;
  /** The same, then the fingerprint's opening: for a result without related locations, which come between. */
  primaryCloseAfterSnippetFingerprint;
  fingerprint;
  /** The primary region's end: before its snippet; without a snippet, closing the location (then the fingerprint's opening, or not). */
  snippetRegionEnd;
  closedRegionEnd;
  closedRegionEndFingerprint;
  relatedRegionEnd;
  deletedRegionEnd;
  fingerprintClose;
  fingerprintCloseResult;
  end;
  fixOpen;
  fixChanges;
  fixClose;
  firstReplacement;
  nextReplacement;
  /** After an edit's inserted text: when another edit of the file follows, when another file follows, at the end. */
  replacementEnd;
  changeEnd;
  fixEnd;
  /** Fix texts up to the first change, by description; artifact changes up to the first replacement, by file. */
  fixHeads = /* @__PURE__ */ new Map();
  changeHeads = /* @__PURE__ */ new Map();
  /** See insertedTextAtEnd. */
  insertedTexts = /* @__PURE__ */ new Map();
  /** Adds `finding`'s result: after the previous one, or, the first, after the array's opening bracket. */
  add(finding) {
    const { parts, context, field } = this;
    const { file, start, end } = finding.range;
    if (file !== this.file) {
      this.file = file;
      this.lines = context.linesOf?.(file);
      this.fileHead = this.primaryHead(file);
    }
    const snippet = snippetOf(start, end, this.lines);
    const head = this.headAndMessage(finding);
    parts.push(this.count++ === 0 ? `[${head.slice(1)}` : head, this.fileHead);
    const related = finding.related.length > 0;
    if (snippet) {
      this.region.write(parts, start, end, this.snippetRegionEnd);
      parts.push(this.snippetText(snippet, related));
    } else {
      this.region.write(parts, start, end, related ? this.closedRegionEnd : this.closedRegionEndFingerprint);
    }
    if (related) {
      this.related(finding.related);
      parts.push(this.fingerprint);
    }
    const last = !finding.fix && !finding.properties && !finding.suppression;
    parts.push(context.fingerprints.of(finding), last ? this.fingerprintCloseResult : this.fingerprintClose);
    if (last) return;
    if (finding.fix) this.fix(finding.fix);
    if (finding.properties) parts.push(this.properties(sortedRecord(finding.properties)));
    if (finding.suppression) {
      const suppression = {
        kind: finding.suppression.kind,
        ...finding.suppression.justification ? { justification: finding.suppression.justification } : {}
      };
      parts.push(",", field, '"suppressions": ', jsonAt([suppression], this.indent + 2));
    }
    parts.push(this.end);
  }
  /** The text added since the last call. */
  take() {
    const text = this.parts.join("");
    this.parts = [];
    return text;
  }
  /** The result's text up to the end of its message: its head, then the message text as JSON. */
  headAndMessage(finding) {
    if (finding.related.length > 0) return `${this.head(finding)}${this.message(finding)}`;
    const known = this.headsByMessage.get(finding.message);
    if (known && known.ruleId === finding.ruleId && known.severity === finding.severity) return known.text;
    const text = flat(`${this.head(finding)}${this.message(finding)}`);
    if (!known) this.headsByMessage.set(finding.message, { ruleId: finding.ruleId, severity: finding.severity, text });
    return text;
  }
  /** `, { "ruleId": …, "ruleIndex": …, "level": …, "message": { "text": ` at this depth, after a line break. */
  head(finding) {
    let byLevel = this.heads.get(finding.ruleId);
    if (!byLevel) this.heads.set(finding.ruleId, byLevel = /* @__PURE__ */ new Map());
    let text = byLevel.get(finding.severity);
    if (text === void 0) {
      const { field } = this;
      const index = this.context.ruleIndex.get(finding.ruleId);
      text = `,${lineBreak(this.indent)}{${field}"ruleId": ${JSON.stringify(finding.ruleId)},${index === void 0 ? "" : `${field}"ruleIndex": ${index},`}${field}"level": ${JSON.stringify(finding.severity)},${field}"message": {${lineBreak(this.indent + 4)}"text": `;
      byLevel.set(finding.severity, text = flat(text));
    }
    return text;
  }
  /** The message text as JSON (with its links to related locations). */
  message(finding) {
    if (finding.related.length > 0) return JSON.stringify(messageWithLinks(finding));
    let text = this.messages.get(finding.message);
    if (text === void 0) this.messages.set(finding.message, text = JSON.stringify(messageWithLinks(finding)));
    return text;
  }
  /** The end of the message, then the first location up to its start line's value. */
  primaryHead(file) {
    let text = this.primaryHeads.get(file);
    if (text === void 0) this.primaryHeads.set(file, text = flat(`${this.locations}${this.locationHead(file)}`));
    return text;
  }
  /** A physical location standing indent + 6 deep, up to its start line's value. */
  locationHead(file) {
    let text = this.locationHeads.get(file);
    if (text === void 0) {
      const field = lineBreak(this.indent + 8);
      text = `{${field}"artifactLocation": ${this.artifactText(file, this.indent + 8)},${field}"region": {${lineBreak(this.indent + 10)}"startLine": `;
      this.locationHeads.set(file, text = flat(text));
    }
    return text;
  }
  related(related) {
    const { parts, field } = this;
    const item = lineBreak(this.indent + 4);
    const member = lineBreak(this.indent + 6);
    parts.push(`,${field}"relatedLocations": [`);
    related.forEach((r, i) => {
      const { file, start, end } = r.range;
      parts.push(i === 0 ? item : `,${item}`, `{${member}"id": `, `${i + 1}`, `,${member}"physicalLocation": `, this.locationHead(file));
      this.region.write(parts, start, end, this.relatedRegionEnd);
      parts.push(JSON.stringify(r.message), `${member}}${item}}`);
    });
    parts.push(`${field}]`);
  }
  /** The text of `[sarifFix(fix, context)]`, the result's fixes. */
  fix(fix) {
    const { parts } = this;
    if (fix.edits.length === 0) {
      parts.push(this.fixOpen, JSON.stringify(fix.description), this.fixChanges, "[]", this.fixClose);
      return;
    }
    if (fix.edits.length === 1) {
      const [{ range, text }] = fix.edits;
      parts.push(this.fixHead(fix.description), this.changeHead(absolutePath(range.file, this.context.root)));
      this.deletedRegion.write(parts, range.start, range.end, this.deletedRegionEnd);
      parts.push(this.insertedTextAtEnd(text));
      return;
    }
    const byFile = /* @__PURE__ */ new Map();
    for (const edit of fix.edits) {
      const file = absolutePath(edit.range.file, this.context.root);
      const edits = byFile.get(file);
      if (edits) edits.push(edit);
      else byFile.set(file, [edit]);
    }
    parts.push(this.fixHead(fix.description));
    let filesLeft = byFile.size;
    for (const [file, edits] of byFile) {
      filesLeft--;
      parts.push(this.changeHead(file));
      edits.forEach((edit, i) => {
        if (i > 0) parts.push(this.nextReplacement);
        this.deletedRegion.write(parts, edit.range.start, edit.range.end, this.deletedRegionEnd);
        const last = i === edits.length - 1;
        parts.push(JSON.stringify(edit.text), !last ? this.replacementEnd : filesLeft > 0 ? this.changeEnd : this.fixEnd);
      });
    }
  }
  /** A one-edit fix's inserted text as JSON and the fix's close, made once per text: fixes repeat a few lines. */
  insertedTextAtEnd(text) {
    let json = this.insertedTexts.get(text);
    if (json === void 0) this.insertedTexts.set(text, json = flat(`${JSON.stringify(text)}${this.fixEnd}`));
    return json;
  }
  /** A fix's text up to its first artifact change. */
  fixHead(description) {
    let text = this.fixHeads.get(description);
    if (text === void 0) this.fixHeads.set(description, text = flat(`${this.fixOpen}${JSON.stringify(description)}${this.fixChanges}[`));
    return text;
  }
  /** An artifact change's text up to its first replacement's start line. */
  changeHead(file) {
    let text = this.changeHeads.get(file);
    if (text === void 0) {
      const member = lineBreak(this.indent + 10);
      text = flat(`${lineBreak(this.indent + 8)}{${member}"artifactLocation": ${this.artifactText(file, this.indent + 10)},${member}"replacements": [${this.firstReplacement}`);
      this.changeHeads.set(file, text);
    }
    return text;
  }
  artifactText(file, indent) {
    let byFile = this.artifacts.get(indent);
    if (!byFile) this.artifacts.set(indent, byFile = /* @__PURE__ */ new Map());
    let text = byFile.get(file);
    if (text === void 0) byFile.set(file, text = artifactLocationText(artifactLocation(file, this.context), indent));
    return text;
  }
  /** The result's `"properties"` member, from the comma before it. */
  properties(record) {
    let text = this.propertyTexts.get(record);
    if (text === void 0) this.propertyTexts.set(record, text = flat(`,${this.field}"properties": ${jsonAt(record, this.indent + 2)}`));
    return text;
  }
  /**
   * The snippet's text as JSON and what closes the primary location after it (before related locations, or the
   * fingerprint's opening), made once per snippet: a large tree repeats a few lines in every virtual host.
   */
  snippetText(snippet, related) {
    const texts = related ? this.snippetsBeforeRelated : this.snippets;
    let text = texts.get(snippet);
    if (text === void 0) {
      text = flat(`${JSON.stringify(snippet)}${related ? this.primaryCloseAfterSnippet : this.primaryCloseAfterSnippetFingerprint}`);
      texts.set(snippet, text);
    }
    return text;
  }
};
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}
function reportingDescriptor(meta, helpMarkdown) {
  const profiles = meta.profiles.length > 0 ? ` Runs under the Mozilla profiles: ${meta.profiles.join(", ")}.` : "";
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description}.${profiles}` },
    helpUri: meta.docs,
    help: {
      text: `${meta.description}. Documentation: ${meta.docs}`,
      markdown: helpMarkdown ?? `${meta.description}.

[Documentation](${meta.docs})`
    },
    defaultConfiguration: { level: meta.severity },
    properties: meta.securitySeverity > 0 ? {
      // GitHub applies security-severity only to rules tagged "security".
      tags: meta.tags.includes("security") ? [...meta.tags] : ["security", ...meta.tags],
      precision: "very-high",
      "security-severity": meta.securitySeverity.toFixed(1),
      "problem.severity": PROBLEM_SEVERITY[meta.severity]
    } : { tags: meta.tags.filter((tag) => tag !== "security"), precision: "very-high", "problem.severity": PROBLEM_SEVERITY[meta.severity] }
  };
}
var PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };
var Fingerprints = class {
  /** @param list entry `i` for `findings[i]` (fingerprintList) */
  constructor(findings, list) {
    this.findings = findings;
    this.list = list;
  }
  findings;
  list;
  next = 0;
  /** Made when a result comes out of that order (the findings were not in position order and were sorted). */
  byFinding;
  of(finding) {
    if (!this.byFinding) {
      const { findings } = this;
      let at = this.next;
      while (at < findings.length && findings[at] !== finding) at++;
      if (at < findings.length) {
        this.next = at + 1;
        return this.list[at];
      }
      this.byFinding = new Map(findings.map((other, index) => [other, this.list[index]]));
    }
    return this.byFinding.get(finding) ?? "";
  }
};
function buildRun(result, rules, options) {
  const artifactFiles = collectFiles(result);
  const linesOf = options.readSource ? lineCache(options.readSource, result.findings) : void 0;
  const context = {
    root: result.root,
    ruleIndex: new Map(rules.map((meta, index) => [meta.id, index])),
    artifactIndex: new Map(artifactFiles.map((file, index) => [file, index])),
    artifactLocations: /* @__PURE__ */ new Map(),
    fingerprints: new Fingerprints(result.findings, fingerprintList(result.findings, options.readSource ?? (() => void 0), result.root, linesOf)),
    linesOf
  };
  const reported = options.includeSuppressed ? result.findings : result.findings.filter((f) => !f.suppression);
  const { kept, notification } = limitResults(reported, options.maxResults ?? GITHUB_MAX_RESULTS);
  const notifications = notification ? [...result.notifications, notification] : result.notifications;
  const run = {
    tool: { driver: driver(rules, options) },
    ...options.category === void 0 ? {} : { automationDetails: { id: `${options.category}/` } },
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.root) } },
    artifacts: artifactFiles.map((file) => ({ location: bareLocation(file, result.root), roles: ["analysisTarget"] })),
    invocations: [{
      executionSuccessful: result.executionSuccessful,
      toolExecutionNotifications: notifications.map((n) => sarifNotification(n, context))
    }],
    results: void 0,
    columnKind: "utf16CodeUnits",
    // Which standard the run applied: profile, guidelines version, server versions.
    properties: sortedRecord(result.properties)
  };
  return { run, kept, context };
}
function driver(rules, options) {
  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion);
  return {
    name: "tlslint",
    version: options.toolVersion,
    ...semver ? { semanticVersion: options.toolVersion } : {},
    informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
    rules: rules.map((meta) => reportingDescriptor(meta, options.helpMarkdown?.[meta.id]))
  };
}
function collectFiles(result) {
  const files = new Set(result.files.map((file) => absolutePath(file, result.root)));
  const named = /* @__PURE__ */ new Set();
  let last;
  for (const finding of result.findings) {
    const { file } = finding.range;
    if (file !== last) named.add(last = file);
    for (const related of finding.related) named.add(related.range.file);
    if (finding.fix) for (const edit of finding.fix.edits) named.add(edit.range.file);
  }
  for (const file of named) files.add(absolutePath(file, result.root));
  for (const n of result.notifications) if (n.file !== void 0) files.add(absolutePath(n.file, result.root));
  const keyed = [...files].map((file) => ({ file, key: displayPath(file, result.root) }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return keyed.map(({ file }) => file);
}
function limitResults(findings, max) {
  const byPosition = findings.every((finding, index) => index === 0 || comparePosition(findings[index - 1], finding) <= 0) ? findings : [...findings].sort(comparePosition);
  if (byPosition.length <= max) return { kept: byPosition };
  const counts = [0, 0, 0, 0, 0, 0];
  for (const finding of byPosition) counts[importanceClass(finding)]++;
  let partial = 0;
  let room = max;
  while (counts[partial] <= room) room -= counts[partial++];
  return {
    kept: byPosition.filter((finding) => {
      const rank = importanceClass(finding);
      return rank < partial || rank === partial && room-- > 0;
    }),
    notification: {
      level: "warning",
      message: `Only ${max} of ${findings.length} results are included: GitHub code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run; run tlslint with --format json for all of them`
    }
  };
}
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function importanceClass(finding) {
  return (finding.suppression ? 3 : 0) + SEVERITY_RANK[finding.severity];
}
function comparePosition(a, b) {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function messageWithLinks(finding) {
  const text = escapeMessage(finding.message);
  if (finding.related.length === 0) return text;
  const links = finding.related.map((r, i) => `[${escapeMessage(r.message)}](${i + 1})`);
  return `${text} (${links.join(", ")})`;
}
function escapeMessage(text) {
  if (!text.includes("[") && !text.includes("]")) return text;
  return text.replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}
function snippetOf(start, end, lines) {
  if (!lines || end.line > lines.count) return void 0;
  if (start.line === end.line) return start.column >= 1 && end.column >= 1 ? lines.between(start, end) : lines.line(start.line).slice(start.column - 1, end.column - 1);
  const covered = [];
  for (let line = start.line; line <= end.line; line++) covered.push(lines.line(line));
  covered[0] = covered[0].slice(start.column - 1);
  covered[covered.length - 1] = covered[covered.length - 1].slice(0, end.column - 1);
  return covered.join("\n");
}
function artifactLocation(file, context) {
  let location = context.artifactLocations.get(file);
  if (!location) {
    const absolute = absolutePath(file, context.root);
    const index = context.artifactIndex.get(absolute);
    location = { ...bareLocation(absolute, context.root), ...index === void 0 ? {} : { index } };
    context.artifactLocations.set(file, location);
  }
  return location;
}
function bareLocation(file, root) {
  const relative7 = pathInsideRoot(file, root);
  return relative7 === void 0 ? { uri: fileUri(file, root) } : { uri: encodeRelativeUri(relative7), uriBaseId: SRCROOT };
}
function sarifNotification(notification, context) {
  const index = notification.ruleId === void 0 ? void 0 : context.ruleIndex.get(notification.ruleId);
  return {
    level: notification.level,
    message: { text: notification.message },
    ...notification.file === void 0 ? {} : { locations: [{ physicalLocation: {
      artifactLocation: artifactLocation(notification.file, context),
      ...notification.line === void 0 ? {} : { region: { startLine: notification.line } }
    } }] },
    ...notification.ruleId === void 0 ? {} : { associatedRule: { id: notification.ruleId, ...index === void 0 ? {} : { index } } }
  };
}

// src/report/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function shouldUseColor(stream, env) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR === "0") return false;
  if (env.FORCE_COLOR !== void 0) return true;
  return stream.isTTY === true;
}
var TAB_WIDTH = 4;
var MAX_EXCERPT_WIDTH = 160;
var MAX_MESSAGE_WIDTH = 120;
function formatStylish(result, _rules, options = {}) {
  const colors = import_picocolors.default.createColors(options.color ?? false);
  const findings = result.findings.filter((f) => !f.suppression);
  if (findings.length === 0 && result.notifications.length === 0) return "";
  const linesOf = options.showSource && options.readSource ? lineCache(options.readSource, findings) : void 0;
  const blocks = groupByFile(findings).map(([file, group]) => fileBlock(file, group, result.root, colors, linesOf));
  if (result.notifications.length > 0) blocks.push(notificationBlock(result.notifications, result.root, colors));
  const summary = findings.length > 0 ? [summaryLine(findings, colors), ""] : [];
  return ["", ...blocks.flatMap((block) => [...block, ""]), ...summary].join("\n");
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort((a, b) => compareRanges(a.range, b.range))) {
    const group = groups.get(finding.range.file) ?? [];
    group.push(finding);
    groups.set(finding.range.file, group);
  }
  return [...groups];
}
function fileBlock(file, findings, root, colors, linesOf) {
  const rows = findings.map((f) => {
    const { start } = f.range;
    return [`${start.line}:${start.column}`, f.severity, f.message, f.ruleId];
  });
  const widths = [0, 1, 2].map((i) => rows.reduce((width, row2) => Math.max(width, row2[i].length), 0));
  widths[2] = Math.min(widths[2], MAX_MESSAGE_WIDTH);
  const lines = [colors.underline(displayPath(file, root))];
  findings.forEach((finding, i) => {
    lines.push(findingRow(rows[i], widths, finding.severity, colors));
    const sourceLines = linesOf?.(file);
    if (sourceLines) lines.push(...excerpt(finding, sourceLines, colors));
    lines.push(...finding.related.map((r) => relatedRow(r, root, colors)));
  });
  return lines;
}
function findingRow([position, severity, message, ruleId], widths, level, colors) {
  const cells = [
    colors.dim(position.padEnd(widths[0])),
    severityColor(level, colors)(severity.padEnd(widths[1])),
    message.padEnd(widths[2]),
    colors.dim(ruleId)
  ];
  return `  ${cells.join("  ")}`;
}
function relatedRow(related, root, colors) {
  const { file, start } = related.range;
  return `    ${colors.dim(`\u21B3 ${displayPath(file, root)}:${start.line}:${start.column}`)}  ${related.message}`;
}
function severityColor(severity, colors) {
  if (severity === "error") return colors.red;
  return severity === "warning" ? colors.yellow : colors.blue;
}
function excerpt(finding, sourceLines, colors) {
  const { start, end } = finding.range;
  const line = sourceLines.line(start.line);
  if (line === void 0) return [];
  const endColumn = end.line === start.line ? end.column : line.length + 1;
  const { text, shift, last } = excerptWindow(line, start.column - 1, endColumn - 1);
  const before = expandTabs(text.slice(0, start.column - 1 - shift));
  const marked = expandTabs(text.slice(start.column - 1 - shift, Math.min(endColumn - 1, last) - shift), before.length);
  const gutter = String(start.line);
  const pad2 = " ".repeat(gutter.length);
  return [
    `    ${pad2} ${colors.dim("|")}`,
    `    ${colors.dim(gutter)} ${colors.dim("|")} ${expandTabs(text)}`,
    `    ${pad2} ${colors.dim("|")} ${" ".repeat(before.length)}${severityColor(finding.severity, colors)("^".repeat(Math.max(1, marked.length)))}`
  ];
}
function excerptWindow(line, from, to) {
  if (line.length <= MAX_EXCERPT_WIDTH) return { text: line, shift: 0, last: line.length };
  const begin = Math.max(0, Math.min(from - 20, line.length - MAX_EXCERPT_WIDTH));
  const finish = Math.min(line.length, begin + MAX_EXCERPT_WIDTH, Math.max(to, from + 1) + 20);
  const head = begin > 0 ? "\u2026" : "";
  const tail = finish < line.length ? "\u2026" : "";
  return { text: head + line.slice(begin, finish) + tail, shift: begin - head.length, last: finish };
}
function expandTabs(text, startWidth = 0) {
  let out = "";
  for (const char of text) {
    out += char === "	" ? " ".repeat(TAB_WIDTH - (startWidth + out.length) % TAB_WIDTH) : char;
  }
  return out;
}
function notificationBlock(notifications, root, colors) {
  const levelWidth = notifications.reduce((width, n) => Math.max(width, n.level.length), 0);
  return [
    colors.underline("tlslint"),
    ...notifications.map((n) => {
      const where = n.file ? `  ${colors.dim(`${displayPath(n.file, root)}${n.line === void 0 ? "" : `:${n.line}`}`)}` : "";
      const rule = n.ruleId ? `  ${colors.dim(n.ruleId)}` : "";
      return `  ${severityColor(n.level, colors)(n.level.padEnd(levelWidth))}  ${n.message}${where}${rule}`;
    })
  ];
}
function summaryLine(findings, colors) {
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const [errors, warnings2, notes] = [count("error"), count("warning"), count("note")];
  const text = `\u2716 ${plural2(findings.length, "problem")} (${plural2(errors, "error")}, ${plural2(warnings2, "warning")}, ${plural2(notes, "note")})`;
  const paint = errors > 0 ? colors.red : warnings2 > 0 ? colors.yellow : colors.blue;
  return colors.bold(paint(text));
}
function plural2(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/index.ts
function formatResult(format, result, rules, options) {
  switch (format) {
    case "stylish":
      return formatStylish(result, rules, options);
    case "json":
      return formatJson(result, rules, options);
    case "sarif":
      return formatSarif(result, rules, options);
    case "github":
      return formatGithub(result, rules, options);
    case "gitlab":
      return formatGitlab(result, rules, options);
    case "checkstyle":
      return formatCheckstyle(result, rules, options);
    case "markdown":
      return formatMarkdown(result, rules, options);
  }
}
function* formatResultChunks(format, result, rules, options) {
  if (format === "sarif") yield* sarifChunks(result, rules, options);
  else yield formatResult(format, result, rules, options);
}

// src/cli/render.ts
function renderReport(result, settings, io) {
  const rules = allRules.map((r) => r.meta);
  const color = settings.output ? false : settings.color ?? shouldUseColor(io.stdout, io.env);
  return formatResultChunks(settings.format, result, rules, {
    color,
    showSource: settings.format === "stylish",
    readSource: sourceReader(result),
    toolVersion: packageVersion(),
    helpMarkdown: settings.format === "sarif" ? helpPages(rules.map((r) => r.id)) : void 0,
    category: settings.sarifCategory,
    includeSuppressed: settings.sarifIncludeSuppressed
  });
}
function sourceReader(result) {
  const texts = new Map(result.sources ?? []);
  for (const file of result.files) if (!texts.has(file)) texts.set(file, void 0);
  return (file) => {
    if (!texts.has(file)) texts.set(file, readSourceText(file));
    return texts.get(file);
  };
}
function helpPages(ids) {
  const pages = {};
  for (const id of ids) {
    const doc = readRuleDoc(id);
    if (doc !== void 0) pages[id] = doc;
  }
  return pages;
}

// src/cli/rules-command.ts
function printRuleList(out) {
  const width = Math.max(...allRules.map((r) => r.meta.id.length), 4);
  out.write(`${"rule".padEnd(width)}  severity  fix  description
`);
  for (const { meta } of allRules) {
    out.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(8)}  ${meta.fixable ? "yes" : "   "}  ${meta.description}
`);
  }
  return 0;
}
function printRuleDoc(id, out, err) {
  const rule = allRules.find((r) => r.meta.id === id);
  if (!rule) {
    err.write(`tlslint: unknown rule "${id}"; run 'tlslint rules' for the list
`);
    return 2;
  }
  out.write(readRuleDoc(id) ?? `# ${id}

${rule.meta.description}
`);
  return 0;
}

// src/cli/ciphers.ts
var import_picocolors2 = __toESM(require_picocolors(), 1);
var ENC_LABEL = {
  AES128: "AES(128)",
  AES256: "AES(256)",
  AES128GCM: "AESGCM(128)",
  AES256GCM: "AESGCM(256)",
  AES128CCM: "AESCCM(128)",
  AES256CCM: "AESCCM(256)",
  AES128CCM8: "AESCCM8(128)",
  AES256CCM8: "AESCCM8(256)",
  ARIA128GCM: "ARIAGCM(128)",
  ARIA256GCM: "ARIAGCM(256)",
  CHACHA20POLY1305: "CHACHA20/POLY1305(256)",
  CAMELLIA128: "Camellia(128)",
  CAMELLIA256: "Camellia(256)",
  eNULL: "None",
  "3DES": "3DES(168)",
  DES: "DES",
  RC4: "RC4(128)",
  RC2: "RC2",
  IDEA: "IDEA(128)",
  SEED: "SEED(128)",
  GOST89: "GOST89(256)",
  GOST8912: "GOST89(256)"
};
var label = (token) => token === "aNULL" ? "None" : token.replace(/^[ka]/, "");
function rowsOf(result, profile) {
  const negotiable = new Set(negotiableSuites(result));
  return result.suites.map((suite) => ({
    suite,
    weak: weaknessOf(suite),
    forwardSecrecy: hasForwardSecrecy(suite),
    inProfile: inProfile(suite, profile),
    negotiable: negotiable.has(suite)
  }));
}
function flagsOf(row2, profile, c) {
  const flags = [];
  if (row2.weak) flags.push(c.red(`weak (${row2.weak})`));
  if (!row2.forwardSecrecy) flags.push(c.yellow("no-FS"));
  if (!row2.inProfile) flags.push(c.yellow(`outside ${profile.name}`));
  if (!row2.negotiable) flags.push(c.dim("not negotiated"));
  return flags.join(", ");
}
function pad(cells) {
  const visible = (s) => s.replace(/\u001b\[[0-9;]*m/g, "").length;
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => visible(r[i]))));
  return cells.map((r) => r.map((cell2, i) => i === r.length - 1 ? cell2 : cell2 + " ".repeat(widths[i] - visible(cell2))).join("  ").trimEnd()).join("\n");
}
function renderTable(rows, profile, c) {
  const header = ["OpenSSL", "IANA", "Protocol", "Kx", "Au", "Enc", "Mac", "Flags"].map((h) => c.bold(h));
  const body = rows.map((r) => [
    r.suite.openssl,
    r.suite.iana,
    r.suite.minProtocol,
    label(r.suite.kx),
    label(r.suite.au),
    ENC_LABEL[r.suite.enc] ?? r.suite.enc,
    r.suite.mac,
    flagsOf(r, profile, c)
  ]);
  return pad([header, ...body]);
}
function renderJson(result, rows, profile) {
  const suites = rows.map((r) => ({
    openssl: r.suite.openssl,
    iana: r.suite.iana,
    code: formatCode(r.suite.code),
    protocol: r.suite.minProtocol,
    kx: label(r.suite.kx),
    au: label(r.suite.au),
    enc: r.suite.enc,
    mac: r.suite.mac,
    strengthBits: r.suite.strengthBits,
    weak: r.weak,
    forwardSecrecy: r.forwardSecrecy,
    inProfile: r.inProfile,
    negotiable: r.negotiable
  }));
  const payload = { cipherString: result.cipherString, openssl: result.openssl, profile: profile.name, securityLevel: result.securityLevel, suites, unknownTerms: result.unknownTerms, error: result.error };
  return JSON.stringify(payload, null, 2);
}
function warnings(terms, openssl, c) {
  return terms.map((t) => `${c.yellow("warning")}: ${t.reason === "unknown" ? "unknown term" : `not in OpenSSL ${openssl}'s default build:`} "${t.term}" at offset ${t.offset}, ignored
`).join("");
}
function runCiphersCommand(args) {
  const c = import_picocolors2.default.createColors(args.color);
  const profile = getProfile(args.profile, args.guidelines ?? LATEST_GUIDELINES);
  const result = expandCipherString(args.cipherString, args.openssl);
  const stderr = warnings(result.unknownTerms, args.openssl, c);
  const rows = rowsOf(result, profile);
  if (args.format === "json") return { stdout: `${renderJson(result, rows, profile)}
`, stderr, exitCode: result.error ? 1 : 0 };
  if (result.error) {
    const where = result.error.offset !== void 0 ? ` at offset ${result.error.offset}` : "";
    return { stdout: "", stderr: `${stderr}${c.red("error")}: OpenSSL ${args.openssl} rejects "${args.cipherString}": ${result.error.kind}${where}
`, exitCode: 1 };
  }
  const body = args.format === "names" ? rows.map((r) => r.suite.openssl).join("\n") : renderTable(rows, profile, c);
  return { stdout: `${body}
`, stderr, exitCode: 0 };
}

// src/cli/ciphers-subcommand.ts
function ciphersSubcommand(io, setExit) {
  return new Command("ciphers").description("show the suites an OpenSSL cipher string enables, as OpenSSL expands it").argument("<cipher-string>", "cipher string, e.g. 'HIGH:!aNULL:!MD5'").addOption(new Option("-f, --format <format>", "output format").choices(["names", "table", "json"]).default("table")).addOption(new Option("--openssl <version>", "OpenSSL version whose rules apply").choices(OPENSSL_VERSIONS).default("3.0")).addOption(new Option("--profile <profile>", 'Mozilla profile for the "in profile" column').choices(PROFILE_NAMES).default("intermediate")).addOption(new Option("--guidelines <version>", "Mozilla guidelines version").choices(GUIDELINE_VERSIONS).default(LATEST_GUIDELINES)).option("--color", "force colours").option("--no-color", "disable colours").action((cipherString, flags) => {
    const color = flags.color ?? shouldUseColor(io.stdout, io.env);
    const { openssl, format, profile, guidelines } = flags;
    const output = runCiphersCommand({ cipherString, openssl, format, profile, guidelines, color });
    io.stdout.write(output.stdout);
    io.stderr.write(output.stderr);
    setExit(output.exitCode);
  });
}

// src/cli/main.ts
var defaultIo = () => ({
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  get stderr() {
    return process.stderr;
  },
  env: process.env,
  cwd: process.cwd()
});
var WRITE_BATCH_CHARS = 1 << 20;
function* batched(chunks) {
  let batch = "";
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= WRITE_BATCH_CHARS) {
      yield batch;
      batch = "";
    }
  }
  if (batch) yield batch;
}
var FileError = class extends Error {
};
function refuseOverwritingLinted(path, result, flag, inputs = []) {
  let target;
  try {
    target = statSync3(path);
  } catch {
    return;
  }
  for (const file of [...inputs, ...result.files]) {
    let info;
    try {
      info = statSync3(file);
    } catch {
      continue;
    }
    if (info.ino === target.ino && info.dev === target.dev) {
      const what = inputs.includes(file) ? "a file this run read" : "a file this run linted";
      throw new FileError(`Refusing to write ${flag} ${path}: it is ${file === path ? what : `${what.replace(/^a /, "the ")}, ${file}`}`);
    }
  }
}
function writeChunks(path, chunks) {
  let fd;
  try {
    fd = openRegularFileForWriting(path);
  } catch (error) {
    throw new FileError(`Cannot write the report to ${path}: ${fileErrorText(error)}`);
  }
  const buffer = Buffer.allocUnsafe(WRITE_BATCH_CHARS * 3);
  let used = 0;
  const flush = (bytes, length) => {
    for (let written = 0; written < length; ) written += writeSync(fd, bytes, written, length - written);
  };
  try {
    for (const chunk of chunks) {
      if (used + chunk.length * 3 > buffer.length) {
        flush(buffer, used);
        used = 0;
      }
      if (chunk.length * 3 > buffer.length) {
        const bytes = Buffer.from(chunk);
        flush(bytes, bytes.length);
      } else {
        used += buffer.write(chunk, used);
      }
    }
    flush(buffer, used);
  } catch (error) {
    if (error.code) throw new FileError(`Cannot write the report to ${path}: ${fileErrorText(error)}`);
    throw error;
  } finally {
    closeSync(fd);
  }
}
async function main(argv, io = defaultIo()) {
  let exitCode = 0;
  const debug = argv.includes("--debug");
  const program2 = buildProgram(io, (code2) => exitCode = code2);
  try {
    await program2.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}
function buildProgram(io, setExit) {
  const program2 = new Command("tlslint").description("Lint web-server configuration for TLS mistakes").version(packageVersion(), "-v, --version").argument("[paths...]", "config files or directories to lint", ["."]).addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("stylish")).option("-o, --output <file>", "write the report to a file instead of stdout").option("--also-report <format=file>", "also write the same run in another format to a file, - for stdout (repeatable)", collect2, []).option("--sarif-category <id>", "SARIF automationDetails.id prefix: one category per code scanning analysis").option("--sarif-include-suppressed", "keep suppressed and baselined results in SARIF (GitHub shows them as open alerts)").addOption(new Option("--profile <profile>", "Mozilla Server Side TLS profile").choices(PROFILE_NAMES).default("intermediate")).addOption(new Option("--guidelines <version>", "Mozilla guidelines version").choices(GUIDELINE_VERSIONS).default(LATEST_GUIDELINES)).option("--server-version <version>", "server version whose defaults apply, e.g. 1.22.1 or nginx=1.22.1").addOption(new Option("--openssl <version>", "OpenSSL version the server is built with").choices(OPENSSL_VERSIONS).default("3.0")).option("--rule <id=severity>", "set a rule to off|note|warning|error (repeatable)", collect2, []).addOption(new Option("--fail-on <severity>", "lowest severity that makes the exit code 1; none: report only").choices(FAIL_ON).default("warning")).option("--max-warnings <count>", "warnings fail the run only when there are more than this many").option("--quiet", "report only errors; warnings and notes neither print nor fail the run").option("--stdin", "lint the config text read from stdin").option("--stdin-filename <path>", "with --stdin: the file the text is linted as (inside the tree that includes it)").option("--no-error-on-unmatched-pattern", "a path that matches no config file is not an error (exit 2 otherwise)").option("--root <dir>", "repository root: report paths are relative to it, includes resolve against it").option("--map <from=to>", "map an absolute config prefix into the checkout, e.g. /etc/nginx=./nginx (repeatable)", collect2, []).addOption(new Option("--dialect <dialect>", "read every file as this server's configuration (default: detected from each path)").choices(DIALECT_CHOICES)).option("--now <date>", "date certificate checks compare against (ISO 8601)").option("--max-file-size <size>", "largest config file read, e.g. 50M").option("--max-included-files <count>", "most files one entry may include, counting every inclusion (default 10000)").option("--max-include-depth <levels>", "deepest include nesting (default 50)").option("--fix", "apply the safe fixes to the linted files, then report what is left").option("--fix-dry-run", "print the fixes as a unified diff and change nothing").option("--baseline <file>", "report only findings not recorded in this baseline file").option("--update-baseline", "with --baseline: record the current findings in the file instead").option("--report-unused-disable", "warn about tlslint-disable comments that suppress nothing").addOption(new Option("--report-unused-disable-severity <severity>", "report unused tlslint-disable comments at this severity").choices(UNUSED_DISABLE_SEVERITIES)).option("-c, --config <file>", "use this config file for every linted file instead of searching for one").option("--no-config", "use no config file (.tlslintrc.json, .tlslintrc.yaml, tlslint.config.json)").option("--print-config <file>", "print the configuration tlslint would lint <file> with, as JSON, and exit").option("--color", "force colours").option("--no-color", "disable colours").option("--debug", "print stack traces for internal errors").enablePositionalOptions().showHelpAfterError("(run 'tlslint --help' for usage)").exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(`tlslint: ${text.replace(/^error: /, "")}`)
  }).action(async (paths, flags, command2) => setExit(await lintCommand(paths, flags, explicitFlags(command2, flags), io)));
  program2.command("rules").description("list the rules, or print the documentation of one").argument("[id]", "rule id").action((id) => setExit(id ? printRuleDoc(id, io.stdout, io.stderr) : printRuleList(io.stdout)));
  program2.addCommand(ciphersSubcommand(io, setExit));
  return program2;
}
function explicitFlags(command2, flags) {
  const given = (name) => command2.getOptionValueSource(name) === "cli";
  return {
    profile: given("profile"),
    guidelines: given("guidelines"),
    openssl: given("openssl"),
    serverVersions: flags.serverVersion ? [flags.serverVersion.includes("=") ? flags.serverVersion.split("=")[0] : (flags.dialect === CADDY_JSON_DIALECT ? "caddy" : flags.dialect) ?? "nginx"] : [],
    rules: flags.rule.map((r) => r.split("=")[0]),
    failOn: given("failOn"),
    paths: command2.args.length > 0
  };
}
async function lintCommand(paths, flags, explicit, io) {
  const settings = settingsFromFlags(flags, allRules.map((r) => r.meta.id), io.cwd);
  paths = paths.map((path) => resolve6(io.cwd, path));
  const explicitConfig = flags.config === false ? false : flags.config === void 0 ? void 0 : resolve6(io.cwd, flags.config);
  const configs = new ConfigResolver(allRules, explicitConfig, flags.root === void 0 ? void 0 : settings.run.root);
  const baseline = await runLevelSettings(flags, explicit, settings, configs, io.cwd);
  settings.optionsFor = optionsResolver(settings.run, explicit, configs);
  if (flags.printConfig !== void 0) return printConfig(resolve6(io.cwd, flags.printConfig), settings, configs, io);
  const stdin = flags.stdin ? await readStdin(flags, explicit, io, settings.run.limits.maxFileBytes) : void 0;
  if (flags.fixDryRun) return fixDryRun(paths, settings, io);
  const result = flags.fix ? await lintAndFix(paths, settings, io) : await lint(paths, settings.run, settings.optionsFor, stdin);
  if (baseline) await useBaseline(baseline, flags.updateBaseline ?? false, result, io);
  if (settings.quiet) {
    result.findings = result.findings.filter((f) => f.severity === "error");
    result.notifications = result.notifications.filter((n) => n.level === "error");
  }
  collectGarbage();
  const reports = [{ format: settings.format, output: settings.output }, ...settings.alsoReports].map((report) => ({
    ...report,
    output: report.output === void 0 ? void 0 : resolve6(io.cwd, report.output)
  }));
  const inputs = [explicitConfig, baseline].filter((path) => typeof path === "string");
  for (const { output } of reports) if (output) refuseOverwritingLinted(output, result, "-o", inputs);
  for (const report of reports) {
    const chunks = renderReport(result, { ...settings, ...report }, io);
    if (report.output) writeChunks(report.output, chunks);
    else for (const text of batched(chunks)) io.stdout.write(text);
  }
  const unmatched = settings.allowUnmatched ? [] : result.unmatched ?? [];
  for (const path of unmatched) io.stderr.write(`tlslint: ${unmatchedMessage(path, io.cwd)}
`);
  if (unmatched.length) {
    io.stderr.write("(pass --no-error-on-unmatched-pattern if a path may match nothing)\n");
    return 2;
  }
  return exitCodeFor(result, settings.failOn, settings.maxWarnings);
}
function unmatchedMessage(path, cwd) {
  const shown = relative6(cwd, path) || ".";
  return existsSync(path) ? `No config files found in "${shown}"` : `No files matching "${shown}" were found`;
}
async function runLevelSettings(flags, explicit, settings, configs, cwd) {
  const config = await configs.configAt(cwd);
  const data = config?.data;
  if (data?.failOn !== void 0 && !explicit.failOn) settings.failOn = data.failOn;
  if (data?.reportUnusedDisable !== void 0 && flags.reportUnusedDisable === void 0 && flags.reportUnusedDisableSeverity === void 0) {
    settings.run.reportUnusedDisable = data.reportUnusedDisable;
  }
  if (flags.stdinFilename !== void 0 && !flags.stdin) throw new UsageError("--stdin-filename names the text read with --stdin; add --stdin");
  if (flags.baseline) return resolve6(cwd, flags.baseline);
  if (config && data?.baseline !== void 0) return resolve6(dirname5(config.path), data.baseline);
  if (flags.updateBaseline) throw new UsageError('--update-baseline needs a baseline file: --baseline <file>, or "baseline" in the config file');
  return void 0;
}
async function readStdin(flags, explicit, io, cap) {
  if (flags.fix || flags.fixDryRun) throw new UsageError("--fix and --fix-dry-run change files on disk; they cannot be used with --stdin");
  if (explicit.paths) throw new UsageError("--stdin lints the text read from stdin: give its file name with --stdin-filename, not as a path");
  if (!io.stdin) throw new UsageError("--stdin: no standard input");
  const chunks = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > cap) throw new FileError(`Standard input is over the file size limit of ${cap} bytes (--max-file-size); it is not linted`);
    chunks.push(bytes);
  }
  const { text, invalid } = decodeUtf8(Buffer.concat(chunks));
  return { path: resolve6(io.cwd, flags.stdinFilename ?? "<stdin>"), text, invalid };
}
async function lintAndFix(paths, settings, io) {
  const roots = paths.map((p) => resolve6(p));
  const scope = fixScope(roots, settings.run.root);
  const changedFiles = /* @__PURE__ */ new Set();
  const notes = /* @__PURE__ */ new Map();
  let fixed = 0;
  let result = await lint(paths, settings.run, settings.optionsFor);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { plans, skipped } = await planFixes(result, roots, scope, settings.run.limits.maxFileBytes);
    for (const note of skipped) notes.set(note.message, note);
    let wrote = false;
    for (const plan of plans) {
      try {
        await writeAtomically(plan.file, plan.after, plan.bytes);
      } catch (error) {
        if (!(error instanceof FixAbandoned)) throw error;
        const message = `Not fixed: ${plan.file}: ${error.message}`;
        notes.set(message, { level: error.level, message, file: plan.file });
        continue;
      }
      wrote = true;
      changedFiles.add(plan.file);
      fixed += plan.fixed;
    }
    if (!wrote) break;
    result = await lint(paths, settings.run, settings.optionsFor);
  }
  if (fixed > 0) io.stderr.write(`tlslint: fixed ${fixed} problem${fixed === 1 ? "" : "s"} in ${changedFiles.size} file${changedFiles.size === 1 ? "" : "s"}
`);
  for (const note of notes.values()) result.notifications.push(note);
  if ([...notes.values()].some((note) => note.level === "error")) result.executionSuccessful = false;
  return result;
}
async function fixDryRun(paths, settings, io) {
  const result = await lint(paths, settings.run, settings.optionsFor);
  const roots = paths.map((p) => resolve6(p));
  const { plans, skipped } = await planFixes(result, roots, fixScope(roots, settings.run.root), settings.run.limits.maxFileBytes);
  io.stdout.write(plans.map((plan) => unifiedDiff(plan, relative6(result.root, plan.file))).join(""));
  for (const note of skipped) io.stderr.write(`tlslint: ${note.level}: ${note.message}
`);
  if (skipped.some((note) => note.level === "error")) return 2;
  return exitCodeFor(result, settings.failOn);
}
async function useBaseline(path, update, result, io) {
  const file = relative6(io.cwd, path) || path;
  if (update) {
    refuseOverwritingLinted(path, result, "--baseline");
    let count;
    try {
      count = await writeBaseline(path, result);
    } catch (error) {
      throw new FileError(`Cannot write the baseline ${path}: ${fileErrorText(error)}`);
    }
    io.stderr.write(`tlslint: wrote ${count} fingerprints to ${file}
`);
    return;
  }
  if (!existsSync(path)) throw new UsageError(`Baseline "${file}" does not exist: create it with --baseline ${file} --update-baseline`);
  try {
    await applyBaseline(path, result);
  } catch (error) {
    throw new UsageError(error instanceof RefusedFile || error.code ? `Cannot read the baseline ${path}: ${fileErrorText(error)}` : error.message);
  }
}
function exitCodeFor(result, failOn, maxWarnings) {
  if (!result.executionSuccessful) return 2;
  const levels = [
    ...result.findings.filter((f) => !f.suppression).map((f) => f.severity),
    ...result.notifications.filter((n) => n.counts).map((n) => n.level)
  ];
  if (maxWarnings !== void 0 && levels.filter((level) => level === "warning").length > maxWarnings) return 1;
  if (failOn === "none") return 0;
  return levels.some((level) => atLeast(level, failOn) && !(maxWarnings !== void 0 && level === "warning")) ? 1 : 0;
}
function handleError(error, io, debug) {
  if (error instanceof CommanderError) {
    return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`tlslint: ${error.message}
(run 'tlslint --help' for usage)
`);
    return 2;
  }
  if (error instanceof FileError) {
    io.stderr.write(`tlslint: ${error.message}
`);
    return 2;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`tlslint: invalid config:
${error.message.replace(/^/gm, "  ")}
`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`tlslint: internal error: ${message}
`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}
`);
  else io.stderr.write("(run with --debug for details)\n");
  return 2;
}
function collect2(value, previous) {
  return [...previous, value];
}

// src/cli/bin.ts
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
