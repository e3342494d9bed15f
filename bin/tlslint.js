#!/usr/bin/env node
import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
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
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
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
      choices(values2) {
        this.argChoices = values2.slice();
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
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
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
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option3 = class {
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
      choices(values2) {
        this.argChoices = values2.slice();
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
    exports2.Option = Option3;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance2(a, b) {
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
        const distance = editDistance2(word, candidate);
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
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option3, DualOptions } = require_option();
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
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
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
        return new Option3(flags, description);
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
        if (typeof flags === "object" && flags instanceof Option3) {
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
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
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
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
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
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option3 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option3(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option3;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/syntax/ast.ts
function* walkDirectives(directives) {
  for (const d of directives) {
    yield d;
    if (d.children) yield* walkDirectives(d.children);
  }
}
var init_ast = __esm({
  "src/syntax/ast.ts"() {
    "use strict";
  }
});

// src/dialects/nginx/glob.ts
import { lstat, readdir, stat as stat2 } from "node:fs/promises";
import { join as join4, parse as parsePath, sep as sep2 } from "node:path";
function hasGlob(pattern) {
  return /[*?[]/.test(pattern);
}
function bracketEnd(pattern, start) {
  let index = start + 1;
  if (pattern[index] === "!" || pattern[index] === "^") index++;
  if (pattern[index] === "]") index++;
  while (index < pattern.length && pattern[index] !== "]") index++;
  return index < pattern.length ? index + 1 : -1;
}
function bracketMatches(expression, ch) {
  let body = expression.slice(1, -1);
  const negated = body[0] === "!" || body[0] === "^";
  if (negated) body = body.slice(1);
  let found = false;
  for (let index = 0; index < body.length; index++) {
    if (body[index + 1] === "-" && index + 2 < body.length) {
      if (ch >= body[index] && ch <= body[index + 2]) found = true;
      index += 2;
    } else if (body[index] === ch) found = true;
  }
  return found !== negated;
}
function matchSegment(pattern, name) {
  if (name.startsWith(".") && !pattern.startsWith(".")) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const step = matchOne(pattern, p, name[n]);
    if (pattern[p] === "*") {
      starP = p++;
      starN = n;
    } else if (step !== -1) {
      p = step;
      n++;
    } else if (starP !== -1) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
function matchOne(pattern, p, ch) {
  const token = pattern[p];
  if (token === void 0 || token === "*") return -1;
  if (token === "?") return p + 1;
  if (token === "\\" && p + 1 < pattern.length) return pattern[p + 1] === ch ? p + 2 : -1;
  if (token === "[") {
    const end = bracketEnd(pattern, p);
    if (end !== -1) return bracketMatches(pattern.slice(p, end), ch) ? end : -1;
  }
  return token === ch ? p + 1 : -1;
}
async function isDirectory(path) {
  try {
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}
async function isEntry(path) {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
async function expandSegment(bases, segment) {
  if (!hasGlob(segment)) return bases.map((base) => join4(base, segment.replace(/\\(.)/g, "$1")));
  const matches2 = [];
  for (const base of bases) {
    let names;
    try {
      names = await readdir(base);
    } catch {
      continue;
    }
    for (const name of names) if (matchSegment(segment, name)) matches2.push(join4(base, name));
  }
  return matches2;
}
async function expandGlob(pattern) {
  const { root: root2 } = parsePath(pattern);
  const segments2 = pattern.slice(root2.length).split(sep2).filter((segment) => segment !== "");
  let paths = [root2];
  for (let index = 0; index < segments2.length; index++) {
    paths = await expandSegment(paths, segments2[index]);
    if (index < segments2.length - 1) paths = await filterAsync(paths, isDirectory);
  }
  const matches2 = await filterAsync(paths, isEntry);
  return matches2.sort(compareBytes);
}
async function filterAsync(items, keep) {
  const verdicts = await Promise.all(items.map(keep));
  return items.filter((_, index) => verdicts[index]);
}
function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
var init_glob = __esm({
  "src/dialects/nginx/glob.ts"() {
    "use strict";
  }
});

// node_modules/chevrotain/lib/src/version.js
var init_version = __esm({
  "node_modules/chevrotain/lib/src/version.js"() {
  }
});

// node_modules/lodash-es/_freeGlobal.js
var freeGlobal, freeGlobal_default;
var init_freeGlobal = __esm({
  "node_modules/lodash-es/_freeGlobal.js"() {
    freeGlobal = typeof global == "object" && global && global.Object === Object && global;
    freeGlobal_default = freeGlobal;
  }
});

// node_modules/lodash-es/_root.js
var freeSelf, root, root_default;
var init_root = __esm({
  "node_modules/lodash-es/_root.js"() {
    init_freeGlobal();
    freeSelf = typeof self == "object" && self && self.Object === Object && self;
    root = freeGlobal_default || freeSelf || Function("return this")();
    root_default = root;
  }
});

// node_modules/lodash-es/_Symbol.js
var Symbol2, Symbol_default;
var init_Symbol = __esm({
  "node_modules/lodash-es/_Symbol.js"() {
    init_root();
    Symbol2 = root_default.Symbol;
    Symbol_default = Symbol2;
  }
});

// node_modules/lodash-es/_getRawTag.js
function getRawTag(value) {
  var isOwn = hasOwnProperty.call(value, symToStringTag), tag = value[symToStringTag];
  try {
    value[symToStringTag] = void 0;
    var unmasked = true;
  } catch (e) {
  }
  var result = nativeObjectToString.call(value);
  if (unmasked) {
    if (isOwn) {
      value[symToStringTag] = tag;
    } else {
      delete value[symToStringTag];
    }
  }
  return result;
}
var objectProto, hasOwnProperty, nativeObjectToString, symToStringTag, getRawTag_default;
var init_getRawTag = __esm({
  "node_modules/lodash-es/_getRawTag.js"() {
    init_Symbol();
    objectProto = Object.prototype;
    hasOwnProperty = objectProto.hasOwnProperty;
    nativeObjectToString = objectProto.toString;
    symToStringTag = Symbol_default ? Symbol_default.toStringTag : void 0;
    getRawTag_default = getRawTag;
  }
});

// node_modules/lodash-es/_objectToString.js
function objectToString(value) {
  return nativeObjectToString2.call(value);
}
var objectProto2, nativeObjectToString2, objectToString_default;
var init_objectToString = __esm({
  "node_modules/lodash-es/_objectToString.js"() {
    objectProto2 = Object.prototype;
    nativeObjectToString2 = objectProto2.toString;
    objectToString_default = objectToString;
  }
});

// node_modules/lodash-es/_baseGetTag.js
function baseGetTag(value) {
  if (value == null) {
    return value === void 0 ? undefinedTag : nullTag;
  }
  return symToStringTag2 && symToStringTag2 in Object(value) ? getRawTag_default(value) : objectToString_default(value);
}
var nullTag, undefinedTag, symToStringTag2, baseGetTag_default;
var init_baseGetTag = __esm({
  "node_modules/lodash-es/_baseGetTag.js"() {
    init_Symbol();
    init_getRawTag();
    init_objectToString();
    nullTag = "[object Null]";
    undefinedTag = "[object Undefined]";
    symToStringTag2 = Symbol_default ? Symbol_default.toStringTag : void 0;
    baseGetTag_default = baseGetTag;
  }
});

// node_modules/lodash-es/isObjectLike.js
function isObjectLike(value) {
  return value != null && typeof value == "object";
}
var isObjectLike_default;
var init_isObjectLike = __esm({
  "node_modules/lodash-es/isObjectLike.js"() {
    isObjectLike_default = isObjectLike;
  }
});

// node_modules/lodash-es/isSymbol.js
function isSymbol(value) {
  return typeof value == "symbol" || isObjectLike_default(value) && baseGetTag_default(value) == symbolTag;
}
var symbolTag, isSymbol_default;
var init_isSymbol = __esm({
  "node_modules/lodash-es/isSymbol.js"() {
    init_baseGetTag();
    init_isObjectLike();
    symbolTag = "[object Symbol]";
    isSymbol_default = isSymbol;
  }
});

// node_modules/lodash-es/_arrayMap.js
function arrayMap(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length, result = Array(length);
  while (++index < length) {
    result[index] = iteratee(array[index], index, array);
  }
  return result;
}
var arrayMap_default;
var init_arrayMap = __esm({
  "node_modules/lodash-es/_arrayMap.js"() {
    arrayMap_default = arrayMap;
  }
});

// node_modules/lodash-es/isArray.js
var isArray, isArray_default;
var init_isArray = __esm({
  "node_modules/lodash-es/isArray.js"() {
    isArray = Array.isArray;
    isArray_default = isArray;
  }
});

// node_modules/lodash-es/_baseToString.js
function baseToString(value) {
  if (typeof value == "string") {
    return value;
  }
  if (isArray_default(value)) {
    return arrayMap_default(value, baseToString) + "";
  }
  if (isSymbol_default(value)) {
    return symbolToString ? symbolToString.call(value) : "";
  }
  var result = value + "";
  return result == "0" && 1 / value == -INFINITY ? "-0" : result;
}
var INFINITY, symbolProto, symbolToString, baseToString_default;
var init_baseToString = __esm({
  "node_modules/lodash-es/_baseToString.js"() {
    init_Symbol();
    init_arrayMap();
    init_isArray();
    init_isSymbol();
    INFINITY = 1 / 0;
    symbolProto = Symbol_default ? Symbol_default.prototype : void 0;
    symbolToString = symbolProto ? symbolProto.toString : void 0;
    baseToString_default = baseToString;
  }
});

// node_modules/lodash-es/_trimmedEndIndex.js
function trimmedEndIndex(string) {
  var index = string.length;
  while (index-- && reWhitespace.test(string.charAt(index))) {
  }
  return index;
}
var reWhitespace, trimmedEndIndex_default;
var init_trimmedEndIndex = __esm({
  "node_modules/lodash-es/_trimmedEndIndex.js"() {
    reWhitespace = /\s/;
    trimmedEndIndex_default = trimmedEndIndex;
  }
});

// node_modules/lodash-es/_baseTrim.js
function baseTrim(string) {
  return string ? string.slice(0, trimmedEndIndex_default(string) + 1).replace(reTrimStart, "") : string;
}
var reTrimStart, baseTrim_default;
var init_baseTrim = __esm({
  "node_modules/lodash-es/_baseTrim.js"() {
    init_trimmedEndIndex();
    reTrimStart = /^\s+/;
    baseTrim_default = baseTrim;
  }
});

// node_modules/lodash-es/isObject.js
function isObject(value) {
  var type = typeof value;
  return value != null && (type == "object" || type == "function");
}
var isObject_default;
var init_isObject = __esm({
  "node_modules/lodash-es/isObject.js"() {
    isObject_default = isObject;
  }
});

// node_modules/lodash-es/toNumber.js
function toNumber(value) {
  if (typeof value == "number") {
    return value;
  }
  if (isSymbol_default(value)) {
    return NAN;
  }
  if (isObject_default(value)) {
    var other = typeof value.valueOf == "function" ? value.valueOf() : value;
    value = isObject_default(other) ? other + "" : other;
  }
  if (typeof value != "string") {
    return value === 0 ? value : +value;
  }
  value = baseTrim_default(value);
  var isBinary = reIsBinary.test(value);
  return isBinary || reIsOctal.test(value) ? freeParseInt(value.slice(2), isBinary ? 2 : 8) : reIsBadHex.test(value) ? NAN : +value;
}
var NAN, reIsBadHex, reIsBinary, reIsOctal, freeParseInt, toNumber_default;
var init_toNumber = __esm({
  "node_modules/lodash-es/toNumber.js"() {
    init_baseTrim();
    init_isObject();
    init_isSymbol();
    NAN = 0 / 0;
    reIsBadHex = /^[-+]0x[0-9a-f]+$/i;
    reIsBinary = /^0b[01]+$/i;
    reIsOctal = /^0o[0-7]+$/i;
    freeParseInt = parseInt;
    toNumber_default = toNumber;
  }
});

// node_modules/lodash-es/toFinite.js
function toFinite(value) {
  if (!value) {
    return value === 0 ? value : 0;
  }
  value = toNumber_default(value);
  if (value === INFINITY2 || value === -INFINITY2) {
    var sign = value < 0 ? -1 : 1;
    return sign * MAX_INTEGER;
  }
  return value === value ? value : 0;
}
var INFINITY2, MAX_INTEGER, toFinite_default;
var init_toFinite = __esm({
  "node_modules/lodash-es/toFinite.js"() {
    init_toNumber();
    INFINITY2 = 1 / 0;
    MAX_INTEGER = 17976931348623157e292;
    toFinite_default = toFinite;
  }
});

// node_modules/lodash-es/toInteger.js
function toInteger(value) {
  var result = toFinite_default(value), remainder = result % 1;
  return result === result ? remainder ? result - remainder : result : 0;
}
var toInteger_default;
var init_toInteger = __esm({
  "node_modules/lodash-es/toInteger.js"() {
    init_toFinite();
    toInteger_default = toInteger;
  }
});

// node_modules/lodash-es/identity.js
function identity(value) {
  return value;
}
var identity_default;
var init_identity = __esm({
  "node_modules/lodash-es/identity.js"() {
    identity_default = identity;
  }
});

// node_modules/lodash-es/isFunction.js
function isFunction(value) {
  if (!isObject_default(value)) {
    return false;
  }
  var tag = baseGetTag_default(value);
  return tag == funcTag || tag == genTag || tag == asyncTag || tag == proxyTag;
}
var asyncTag, funcTag, genTag, proxyTag, isFunction_default;
var init_isFunction = __esm({
  "node_modules/lodash-es/isFunction.js"() {
    init_baseGetTag();
    init_isObject();
    asyncTag = "[object AsyncFunction]";
    funcTag = "[object Function]";
    genTag = "[object GeneratorFunction]";
    proxyTag = "[object Proxy]";
    isFunction_default = isFunction;
  }
});

// node_modules/lodash-es/_coreJsData.js
var coreJsData, coreJsData_default;
var init_coreJsData = __esm({
  "node_modules/lodash-es/_coreJsData.js"() {
    init_root();
    coreJsData = root_default["__core-js_shared__"];
    coreJsData_default = coreJsData;
  }
});

// node_modules/lodash-es/_isMasked.js
function isMasked(func) {
  return !!maskSrcKey && maskSrcKey in func;
}
var maskSrcKey, isMasked_default;
var init_isMasked = __esm({
  "node_modules/lodash-es/_isMasked.js"() {
    init_coreJsData();
    maskSrcKey = (function() {
      var uid = /[^.]+$/.exec(coreJsData_default && coreJsData_default.keys && coreJsData_default.keys.IE_PROTO || "");
      return uid ? "Symbol(src)_1." + uid : "";
    })();
    isMasked_default = isMasked;
  }
});

// node_modules/lodash-es/_toSource.js
function toSource(func) {
  if (func != null) {
    try {
      return funcToString.call(func);
    } catch (e) {
    }
    try {
      return func + "";
    } catch (e) {
    }
  }
  return "";
}
var funcProto, funcToString, toSource_default;
var init_toSource = __esm({
  "node_modules/lodash-es/_toSource.js"() {
    funcProto = Function.prototype;
    funcToString = funcProto.toString;
    toSource_default = toSource;
  }
});

// node_modules/lodash-es/_baseIsNative.js
function baseIsNative(value) {
  if (!isObject_default(value) || isMasked_default(value)) {
    return false;
  }
  var pattern = isFunction_default(value) ? reIsNative : reIsHostCtor;
  return pattern.test(toSource_default(value));
}
var reRegExpChar, reIsHostCtor, funcProto2, objectProto3, funcToString2, hasOwnProperty2, reIsNative, baseIsNative_default;
var init_baseIsNative = __esm({
  "node_modules/lodash-es/_baseIsNative.js"() {
    init_isFunction();
    init_isMasked();
    init_isObject();
    init_toSource();
    reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
    reIsHostCtor = /^\[object .+?Constructor\]$/;
    funcProto2 = Function.prototype;
    objectProto3 = Object.prototype;
    funcToString2 = funcProto2.toString;
    hasOwnProperty2 = objectProto3.hasOwnProperty;
    reIsNative = RegExp(
      "^" + funcToString2.call(hasOwnProperty2).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
    );
    baseIsNative_default = baseIsNative;
  }
});

// node_modules/lodash-es/_getValue.js
function getValue(object, key) {
  return object == null ? void 0 : object[key];
}
var getValue_default;
var init_getValue = __esm({
  "node_modules/lodash-es/_getValue.js"() {
    getValue_default = getValue;
  }
});

// node_modules/lodash-es/_getNative.js
function getNative(object, key) {
  var value = getValue_default(object, key);
  return baseIsNative_default(value) ? value : void 0;
}
var getNative_default;
var init_getNative = __esm({
  "node_modules/lodash-es/_getNative.js"() {
    init_baseIsNative();
    init_getValue();
    getNative_default = getNative;
  }
});

// node_modules/lodash-es/_WeakMap.js
var WeakMap2, WeakMap_default;
var init_WeakMap = __esm({
  "node_modules/lodash-es/_WeakMap.js"() {
    init_getNative();
    init_root();
    WeakMap2 = getNative_default(root_default, "WeakMap");
    WeakMap_default = WeakMap2;
  }
});

// node_modules/lodash-es/_baseCreate.js
var objectCreate, baseCreate, baseCreate_default;
var init_baseCreate = __esm({
  "node_modules/lodash-es/_baseCreate.js"() {
    init_isObject();
    objectCreate = Object.create;
    baseCreate = /* @__PURE__ */ (function() {
      function object() {
      }
      return function(proto) {
        if (!isObject_default(proto)) {
          return {};
        }
        if (objectCreate) {
          return objectCreate(proto);
        }
        object.prototype = proto;
        var result = new object();
        object.prototype = void 0;
        return result;
      };
    })();
    baseCreate_default = baseCreate;
  }
});

// node_modules/lodash-es/_apply.js
function apply(func, thisArg, args) {
  switch (args.length) {
    case 0:
      return func.call(thisArg);
    case 1:
      return func.call(thisArg, args[0]);
    case 2:
      return func.call(thisArg, args[0], args[1]);
    case 3:
      return func.call(thisArg, args[0], args[1], args[2]);
  }
  return func.apply(thisArg, args);
}
var apply_default;
var init_apply = __esm({
  "node_modules/lodash-es/_apply.js"() {
    apply_default = apply;
  }
});

// node_modules/lodash-es/noop.js
function noop() {
}
var noop_default;
var init_noop = __esm({
  "node_modules/lodash-es/noop.js"() {
    noop_default = noop;
  }
});

// node_modules/lodash-es/_copyArray.js
function copyArray(source, array) {
  var index = -1, length = source.length;
  array || (array = Array(length));
  while (++index < length) {
    array[index] = source[index];
  }
  return array;
}
var copyArray_default;
var init_copyArray = __esm({
  "node_modules/lodash-es/_copyArray.js"() {
    copyArray_default = copyArray;
  }
});

// node_modules/lodash-es/_shortOut.js
function shortOut(func) {
  var count = 0, lastCalled = 0;
  return function() {
    var stamp = nativeNow(), remaining = HOT_SPAN - (stamp - lastCalled);
    lastCalled = stamp;
    if (remaining > 0) {
      if (++count >= HOT_COUNT) {
        return arguments[0];
      }
    } else {
      count = 0;
    }
    return func.apply(void 0, arguments);
  };
}
var HOT_COUNT, HOT_SPAN, nativeNow, shortOut_default;
var init_shortOut = __esm({
  "node_modules/lodash-es/_shortOut.js"() {
    HOT_COUNT = 800;
    HOT_SPAN = 16;
    nativeNow = Date.now;
    shortOut_default = shortOut;
  }
});

// node_modules/lodash-es/constant.js
function constant(value) {
  return function() {
    return value;
  };
}
var constant_default;
var init_constant = __esm({
  "node_modules/lodash-es/constant.js"() {
    constant_default = constant;
  }
});

// node_modules/lodash-es/_defineProperty.js
var defineProperty, defineProperty_default;
var init_defineProperty = __esm({
  "node_modules/lodash-es/_defineProperty.js"() {
    init_getNative();
    defineProperty = (function() {
      try {
        var func = getNative_default(Object, "defineProperty");
        func({}, "", {});
        return func;
      } catch (e) {
      }
    })();
    defineProperty_default = defineProperty;
  }
});

// node_modules/lodash-es/_baseSetToString.js
var baseSetToString, baseSetToString_default;
var init_baseSetToString = __esm({
  "node_modules/lodash-es/_baseSetToString.js"() {
    init_constant();
    init_defineProperty();
    init_identity();
    baseSetToString = !defineProperty_default ? identity_default : function(func, string) {
      return defineProperty_default(func, "toString", {
        "configurable": true,
        "enumerable": false,
        "value": constant_default(string),
        "writable": true
      });
    };
    baseSetToString_default = baseSetToString;
  }
});

// node_modules/lodash-es/_setToString.js
var setToString, setToString_default;
var init_setToString = __esm({
  "node_modules/lodash-es/_setToString.js"() {
    init_baseSetToString();
    init_shortOut();
    setToString = shortOut_default(baseSetToString_default);
    setToString_default = setToString;
  }
});

// node_modules/lodash-es/_arrayEach.js
function arrayEach(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (iteratee(array[index], index, array) === false) {
      break;
    }
  }
  return array;
}
var arrayEach_default;
var init_arrayEach = __esm({
  "node_modules/lodash-es/_arrayEach.js"() {
    arrayEach_default = arrayEach;
  }
});

// node_modules/lodash-es/_baseFindIndex.js
function baseFindIndex(array, predicate, fromIndex, fromRight) {
  var length = array.length, index = fromIndex + (fromRight ? 1 : -1);
  while (fromRight ? index-- : ++index < length) {
    if (predicate(array[index], index, array)) {
      return index;
    }
  }
  return -1;
}
var baseFindIndex_default;
var init_baseFindIndex = __esm({
  "node_modules/lodash-es/_baseFindIndex.js"() {
    baseFindIndex_default = baseFindIndex;
  }
});

// node_modules/lodash-es/_baseIsNaN.js
function baseIsNaN(value) {
  return value !== value;
}
var baseIsNaN_default;
var init_baseIsNaN = __esm({
  "node_modules/lodash-es/_baseIsNaN.js"() {
    baseIsNaN_default = baseIsNaN;
  }
});

// node_modules/lodash-es/_strictIndexOf.js
function strictIndexOf(array, value, fromIndex) {
  var index = fromIndex - 1, length = array.length;
  while (++index < length) {
    if (array[index] === value) {
      return index;
    }
  }
  return -1;
}
var strictIndexOf_default;
var init_strictIndexOf = __esm({
  "node_modules/lodash-es/_strictIndexOf.js"() {
    strictIndexOf_default = strictIndexOf;
  }
});

// node_modules/lodash-es/_baseIndexOf.js
function baseIndexOf(array, value, fromIndex) {
  return value === value ? strictIndexOf_default(array, value, fromIndex) : baseFindIndex_default(array, baseIsNaN_default, fromIndex);
}
var baseIndexOf_default;
var init_baseIndexOf = __esm({
  "node_modules/lodash-es/_baseIndexOf.js"() {
    init_baseFindIndex();
    init_baseIsNaN();
    init_strictIndexOf();
    baseIndexOf_default = baseIndexOf;
  }
});

// node_modules/lodash-es/_arrayIncludes.js
function arrayIncludes(array, value) {
  var length = array == null ? 0 : array.length;
  return !!length && baseIndexOf_default(array, value, 0) > -1;
}
var arrayIncludes_default;
var init_arrayIncludes = __esm({
  "node_modules/lodash-es/_arrayIncludes.js"() {
    init_baseIndexOf();
    arrayIncludes_default = arrayIncludes;
  }
});

// node_modules/lodash-es/_isIndex.js
function isIndex(value, length) {
  var type = typeof value;
  length = length == null ? MAX_SAFE_INTEGER : length;
  return !!length && (type == "number" || type != "symbol" && reIsUint.test(value)) && (value > -1 && value % 1 == 0 && value < length);
}
var MAX_SAFE_INTEGER, reIsUint, isIndex_default;
var init_isIndex = __esm({
  "node_modules/lodash-es/_isIndex.js"() {
    MAX_SAFE_INTEGER = 9007199254740991;
    reIsUint = /^(?:0|[1-9]\d*)$/;
    isIndex_default = isIndex;
  }
});

// node_modules/lodash-es/_baseAssignValue.js
function baseAssignValue(object, key, value) {
  if (key == "__proto__" && defineProperty_default) {
    defineProperty_default(object, key, {
      "configurable": true,
      "enumerable": true,
      "value": value,
      "writable": true
    });
  } else {
    object[key] = value;
  }
}
var baseAssignValue_default;
var init_baseAssignValue = __esm({
  "node_modules/lodash-es/_baseAssignValue.js"() {
    init_defineProperty();
    baseAssignValue_default = baseAssignValue;
  }
});

// node_modules/lodash-es/eq.js
function eq(value, other) {
  return value === other || value !== value && other !== other;
}
var eq_default;
var init_eq = __esm({
  "node_modules/lodash-es/eq.js"() {
    eq_default = eq;
  }
});

// node_modules/lodash-es/_assignValue.js
function assignValue(object, key, value) {
  var objValue = object[key];
  if (!(hasOwnProperty3.call(object, key) && eq_default(objValue, value)) || value === void 0 && !(key in object)) {
    baseAssignValue_default(object, key, value);
  }
}
var objectProto4, hasOwnProperty3, assignValue_default;
var init_assignValue = __esm({
  "node_modules/lodash-es/_assignValue.js"() {
    init_baseAssignValue();
    init_eq();
    objectProto4 = Object.prototype;
    hasOwnProperty3 = objectProto4.hasOwnProperty;
    assignValue_default = assignValue;
  }
});

// node_modules/lodash-es/_copyObject.js
function copyObject(source, props, object, customizer) {
  var isNew = !object;
  object || (object = {});
  var index = -1, length = props.length;
  while (++index < length) {
    var key = props[index];
    var newValue = customizer ? customizer(object[key], source[key], key, object, source) : void 0;
    if (newValue === void 0) {
      newValue = source[key];
    }
    if (isNew) {
      baseAssignValue_default(object, key, newValue);
    } else {
      assignValue_default(object, key, newValue);
    }
  }
  return object;
}
var copyObject_default;
var init_copyObject = __esm({
  "node_modules/lodash-es/_copyObject.js"() {
    init_assignValue();
    init_baseAssignValue();
    copyObject_default = copyObject;
  }
});

// node_modules/lodash-es/_overRest.js
function overRest(func, start, transform) {
  start = nativeMax(start === void 0 ? func.length - 1 : start, 0);
  return function() {
    var args = arguments, index = -1, length = nativeMax(args.length - start, 0), array = Array(length);
    while (++index < length) {
      array[index] = args[start + index];
    }
    index = -1;
    var otherArgs = Array(start + 1);
    while (++index < start) {
      otherArgs[index] = args[index];
    }
    otherArgs[start] = transform(array);
    return apply_default(func, this, otherArgs);
  };
}
var nativeMax, overRest_default;
var init_overRest = __esm({
  "node_modules/lodash-es/_overRest.js"() {
    init_apply();
    nativeMax = Math.max;
    overRest_default = overRest;
  }
});

// node_modules/lodash-es/_baseRest.js
function baseRest(func, start) {
  return setToString_default(overRest_default(func, start, identity_default), func + "");
}
var baseRest_default;
var init_baseRest = __esm({
  "node_modules/lodash-es/_baseRest.js"() {
    init_identity();
    init_overRest();
    init_setToString();
    baseRest_default = baseRest;
  }
});

// node_modules/lodash-es/isLength.js
function isLength(value) {
  return typeof value == "number" && value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER2;
}
var MAX_SAFE_INTEGER2, isLength_default;
var init_isLength = __esm({
  "node_modules/lodash-es/isLength.js"() {
    MAX_SAFE_INTEGER2 = 9007199254740991;
    isLength_default = isLength;
  }
});

// node_modules/lodash-es/isArrayLike.js
function isArrayLike(value) {
  return value != null && isLength_default(value.length) && !isFunction_default(value);
}
var isArrayLike_default;
var init_isArrayLike = __esm({
  "node_modules/lodash-es/isArrayLike.js"() {
    init_isFunction();
    init_isLength();
    isArrayLike_default = isArrayLike;
  }
});

// node_modules/lodash-es/_isIterateeCall.js
function isIterateeCall(value, index, object) {
  if (!isObject_default(object)) {
    return false;
  }
  var type = typeof index;
  if (type == "number" ? isArrayLike_default(object) && isIndex_default(index, object.length) : type == "string" && index in object) {
    return eq_default(object[index], value);
  }
  return false;
}
var isIterateeCall_default;
var init_isIterateeCall = __esm({
  "node_modules/lodash-es/_isIterateeCall.js"() {
    init_eq();
    init_isArrayLike();
    init_isIndex();
    init_isObject();
    isIterateeCall_default = isIterateeCall;
  }
});

// node_modules/lodash-es/_createAssigner.js
function createAssigner(assigner) {
  return baseRest_default(function(object, sources) {
    var index = -1, length = sources.length, customizer = length > 1 ? sources[length - 1] : void 0, guard = length > 2 ? sources[2] : void 0;
    customizer = assigner.length > 3 && typeof customizer == "function" ? (length--, customizer) : void 0;
    if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
      customizer = length < 3 ? void 0 : customizer;
      length = 1;
    }
    object = Object(object);
    while (++index < length) {
      var source = sources[index];
      if (source) {
        assigner(object, source, index, customizer);
      }
    }
    return object;
  });
}
var createAssigner_default;
var init_createAssigner = __esm({
  "node_modules/lodash-es/_createAssigner.js"() {
    init_baseRest();
    init_isIterateeCall();
    createAssigner_default = createAssigner;
  }
});

// node_modules/lodash-es/_isPrototype.js
function isPrototype(value) {
  var Ctor = value && value.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto5;
  return value === proto;
}
var objectProto5, isPrototype_default;
var init_isPrototype = __esm({
  "node_modules/lodash-es/_isPrototype.js"() {
    objectProto5 = Object.prototype;
    isPrototype_default = isPrototype;
  }
});

// node_modules/lodash-es/_baseTimes.js
function baseTimes(n, iteratee) {
  var index = -1, result = Array(n);
  while (++index < n) {
    result[index] = iteratee(index);
  }
  return result;
}
var baseTimes_default;
var init_baseTimes = __esm({
  "node_modules/lodash-es/_baseTimes.js"() {
    baseTimes_default = baseTimes;
  }
});

// node_modules/lodash-es/_baseIsArguments.js
function baseIsArguments(value) {
  return isObjectLike_default(value) && baseGetTag_default(value) == argsTag;
}
var argsTag, baseIsArguments_default;
var init_baseIsArguments = __esm({
  "node_modules/lodash-es/_baseIsArguments.js"() {
    init_baseGetTag();
    init_isObjectLike();
    argsTag = "[object Arguments]";
    baseIsArguments_default = baseIsArguments;
  }
});

// node_modules/lodash-es/isArguments.js
var objectProto6, hasOwnProperty4, propertyIsEnumerable, isArguments, isArguments_default;
var init_isArguments = __esm({
  "node_modules/lodash-es/isArguments.js"() {
    init_baseIsArguments();
    init_isObjectLike();
    objectProto6 = Object.prototype;
    hasOwnProperty4 = objectProto6.hasOwnProperty;
    propertyIsEnumerable = objectProto6.propertyIsEnumerable;
    isArguments = baseIsArguments_default(/* @__PURE__ */ (function() {
      return arguments;
    })()) ? baseIsArguments_default : function(value) {
      return isObjectLike_default(value) && hasOwnProperty4.call(value, "callee") && !propertyIsEnumerable.call(value, "callee");
    };
    isArguments_default = isArguments;
  }
});

// node_modules/lodash-es/stubFalse.js
function stubFalse() {
  return false;
}
var stubFalse_default;
var init_stubFalse = __esm({
  "node_modules/lodash-es/stubFalse.js"() {
    stubFalse_default = stubFalse;
  }
});

// node_modules/lodash-es/isBuffer.js
var freeExports, freeModule, moduleExports, Buffer2, nativeIsBuffer, isBuffer, isBuffer_default;
var init_isBuffer = __esm({
  "node_modules/lodash-es/isBuffer.js"() {
    init_root();
    init_stubFalse();
    freeExports = typeof exports == "object" && exports && !exports.nodeType && exports;
    freeModule = freeExports && typeof module == "object" && module && !module.nodeType && module;
    moduleExports = freeModule && freeModule.exports === freeExports;
    Buffer2 = moduleExports ? root_default.Buffer : void 0;
    nativeIsBuffer = Buffer2 ? Buffer2.isBuffer : void 0;
    isBuffer = nativeIsBuffer || stubFalse_default;
    isBuffer_default = isBuffer;
  }
});

// node_modules/lodash-es/_baseIsTypedArray.js
function baseIsTypedArray(value) {
  return isObjectLike_default(value) && isLength_default(value.length) && !!typedArrayTags[baseGetTag_default(value)];
}
var argsTag2, arrayTag, boolTag, dateTag, errorTag, funcTag2, mapTag, numberTag, objectTag, regexpTag, setTag, stringTag, weakMapTag, arrayBufferTag, dataViewTag, float32Tag, float64Tag, int8Tag, int16Tag, int32Tag, uint8Tag, uint8ClampedTag, uint16Tag, uint32Tag, typedArrayTags, baseIsTypedArray_default;
var init_baseIsTypedArray = __esm({
  "node_modules/lodash-es/_baseIsTypedArray.js"() {
    init_baseGetTag();
    init_isLength();
    init_isObjectLike();
    argsTag2 = "[object Arguments]";
    arrayTag = "[object Array]";
    boolTag = "[object Boolean]";
    dateTag = "[object Date]";
    errorTag = "[object Error]";
    funcTag2 = "[object Function]";
    mapTag = "[object Map]";
    numberTag = "[object Number]";
    objectTag = "[object Object]";
    regexpTag = "[object RegExp]";
    setTag = "[object Set]";
    stringTag = "[object String]";
    weakMapTag = "[object WeakMap]";
    arrayBufferTag = "[object ArrayBuffer]";
    dataViewTag = "[object DataView]";
    float32Tag = "[object Float32Array]";
    float64Tag = "[object Float64Array]";
    int8Tag = "[object Int8Array]";
    int16Tag = "[object Int16Array]";
    int32Tag = "[object Int32Array]";
    uint8Tag = "[object Uint8Array]";
    uint8ClampedTag = "[object Uint8ClampedArray]";
    uint16Tag = "[object Uint16Array]";
    uint32Tag = "[object Uint32Array]";
    typedArrayTags = {};
    typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
    typedArrayTags[argsTag2] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag2] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
    baseIsTypedArray_default = baseIsTypedArray;
  }
});

// node_modules/lodash-es/_baseUnary.js
function baseUnary(func) {
  return function(value) {
    return func(value);
  };
}
var baseUnary_default;
var init_baseUnary = __esm({
  "node_modules/lodash-es/_baseUnary.js"() {
    baseUnary_default = baseUnary;
  }
});

// node_modules/lodash-es/_nodeUtil.js
var freeExports2, freeModule2, moduleExports2, freeProcess, nodeUtil, nodeUtil_default;
var init_nodeUtil = __esm({
  "node_modules/lodash-es/_nodeUtil.js"() {
    init_freeGlobal();
    freeExports2 = typeof exports == "object" && exports && !exports.nodeType && exports;
    freeModule2 = freeExports2 && typeof module == "object" && module && !module.nodeType && module;
    moduleExports2 = freeModule2 && freeModule2.exports === freeExports2;
    freeProcess = moduleExports2 && freeGlobal_default.process;
    nodeUtil = (function() {
      try {
        var types = freeModule2 && freeModule2.require && freeModule2.require("util").types;
        if (types) {
          return types;
        }
        return freeProcess && freeProcess.binding && freeProcess.binding("util");
      } catch (e) {
      }
    })();
    nodeUtil_default = nodeUtil;
  }
});

// node_modules/lodash-es/isTypedArray.js
var nodeIsTypedArray, isTypedArray, isTypedArray_default;
var init_isTypedArray = __esm({
  "node_modules/lodash-es/isTypedArray.js"() {
    init_baseIsTypedArray();
    init_baseUnary();
    init_nodeUtil();
    nodeIsTypedArray = nodeUtil_default && nodeUtil_default.isTypedArray;
    isTypedArray = nodeIsTypedArray ? baseUnary_default(nodeIsTypedArray) : baseIsTypedArray_default;
    isTypedArray_default = isTypedArray;
  }
});

// node_modules/lodash-es/_arrayLikeKeys.js
function arrayLikeKeys(value, inherited2) {
  var isArr = isArray_default(value), isArg = !isArr && isArguments_default(value), isBuff = !isArr && !isArg && isBuffer_default(value), isType = !isArr && !isArg && !isBuff && isTypedArray_default(value), skipIndexes = isArr || isArg || isBuff || isType, result = skipIndexes ? baseTimes_default(value.length, String) : [], length = result.length;
  for (var key in value) {
    if ((inherited2 || hasOwnProperty5.call(value, key)) && !(skipIndexes && // Safari 9 has enumerable `arguments.length` in strict mode.
    (key == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
    isBuff && (key == "offset" || key == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
    isType && (key == "buffer" || key == "byteLength" || key == "byteOffset") || // Skip index properties.
    isIndex_default(key, length)))) {
      result.push(key);
    }
  }
  return result;
}
var objectProto7, hasOwnProperty5, arrayLikeKeys_default;
var init_arrayLikeKeys = __esm({
  "node_modules/lodash-es/_arrayLikeKeys.js"() {
    init_baseTimes();
    init_isArguments();
    init_isArray();
    init_isBuffer();
    init_isIndex();
    init_isTypedArray();
    objectProto7 = Object.prototype;
    hasOwnProperty5 = objectProto7.hasOwnProperty;
    arrayLikeKeys_default = arrayLikeKeys;
  }
});

// node_modules/lodash-es/_overArg.js
function overArg(func, transform) {
  return function(arg) {
    return func(transform(arg));
  };
}
var overArg_default;
var init_overArg = __esm({
  "node_modules/lodash-es/_overArg.js"() {
    overArg_default = overArg;
  }
});

// node_modules/lodash-es/_nativeKeys.js
var nativeKeys, nativeKeys_default;
var init_nativeKeys = __esm({
  "node_modules/lodash-es/_nativeKeys.js"() {
    init_overArg();
    nativeKeys = overArg_default(Object.keys, Object);
    nativeKeys_default = nativeKeys;
  }
});

// node_modules/lodash-es/_baseKeys.js
function baseKeys(object) {
  if (!isPrototype_default(object)) {
    return nativeKeys_default(object);
  }
  var result = [];
  for (var key in Object(object)) {
    if (hasOwnProperty6.call(object, key) && key != "constructor") {
      result.push(key);
    }
  }
  return result;
}
var objectProto8, hasOwnProperty6, baseKeys_default;
var init_baseKeys = __esm({
  "node_modules/lodash-es/_baseKeys.js"() {
    init_isPrototype();
    init_nativeKeys();
    objectProto8 = Object.prototype;
    hasOwnProperty6 = objectProto8.hasOwnProperty;
    baseKeys_default = baseKeys;
  }
});

// node_modules/lodash-es/keys.js
function keys(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object) : baseKeys_default(object);
}
var keys_default;
var init_keys = __esm({
  "node_modules/lodash-es/keys.js"() {
    init_arrayLikeKeys();
    init_baseKeys();
    init_isArrayLike();
    keys_default = keys;
  }
});

// node_modules/lodash-es/assign.js
var objectProto9, hasOwnProperty7, assign, assign_default;
var init_assign = __esm({
  "node_modules/lodash-es/assign.js"() {
    init_assignValue();
    init_copyObject();
    init_createAssigner();
    init_isArrayLike();
    init_isPrototype();
    init_keys();
    objectProto9 = Object.prototype;
    hasOwnProperty7 = objectProto9.hasOwnProperty;
    assign = createAssigner_default(function(object, source) {
      if (isPrototype_default(source) || isArrayLike_default(source)) {
        copyObject_default(source, keys_default(source), object);
        return;
      }
      for (var key in source) {
        if (hasOwnProperty7.call(source, key)) {
          assignValue_default(object, key, source[key]);
        }
      }
    });
    assign_default = assign;
  }
});

// node_modules/lodash-es/_nativeKeysIn.js
function nativeKeysIn(object) {
  var result = [];
  if (object != null) {
    for (var key in Object(object)) {
      result.push(key);
    }
  }
  return result;
}
var nativeKeysIn_default;
var init_nativeKeysIn = __esm({
  "node_modules/lodash-es/_nativeKeysIn.js"() {
    nativeKeysIn_default = nativeKeysIn;
  }
});

// node_modules/lodash-es/_baseKeysIn.js
function baseKeysIn(object) {
  if (!isObject_default(object)) {
    return nativeKeysIn_default(object);
  }
  var isProto = isPrototype_default(object), result = [];
  for (var key in object) {
    if (!(key == "constructor" && (isProto || !hasOwnProperty8.call(object, key)))) {
      result.push(key);
    }
  }
  return result;
}
var objectProto10, hasOwnProperty8, baseKeysIn_default;
var init_baseKeysIn = __esm({
  "node_modules/lodash-es/_baseKeysIn.js"() {
    init_isObject();
    init_isPrototype();
    init_nativeKeysIn();
    objectProto10 = Object.prototype;
    hasOwnProperty8 = objectProto10.hasOwnProperty;
    baseKeysIn_default = baseKeysIn;
  }
});

// node_modules/lodash-es/keysIn.js
function keysIn(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object, true) : baseKeysIn_default(object);
}
var keysIn_default;
var init_keysIn = __esm({
  "node_modules/lodash-es/keysIn.js"() {
    init_arrayLikeKeys();
    init_baseKeysIn();
    init_isArrayLike();
    keysIn_default = keysIn;
  }
});

// node_modules/lodash-es/_isKey.js
function isKey(value, object) {
  if (isArray_default(value)) {
    return false;
  }
  var type = typeof value;
  if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol_default(value)) {
    return true;
  }
  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
}
var reIsDeepProp, reIsPlainProp, isKey_default;
var init_isKey = __esm({
  "node_modules/lodash-es/_isKey.js"() {
    init_isArray();
    init_isSymbol();
    reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
    reIsPlainProp = /^\w*$/;
    isKey_default = isKey;
  }
});

// node_modules/lodash-es/_nativeCreate.js
var nativeCreate, nativeCreate_default;
var init_nativeCreate = __esm({
  "node_modules/lodash-es/_nativeCreate.js"() {
    init_getNative();
    nativeCreate = getNative_default(Object, "create");
    nativeCreate_default = nativeCreate;
  }
});

// node_modules/lodash-es/_hashClear.js
function hashClear() {
  this.__data__ = nativeCreate_default ? nativeCreate_default(null) : {};
  this.size = 0;
}
var hashClear_default;
var init_hashClear = __esm({
  "node_modules/lodash-es/_hashClear.js"() {
    init_nativeCreate();
    hashClear_default = hashClear;
  }
});

// node_modules/lodash-es/_hashDelete.js
function hashDelete(key) {
  var result = this.has(key) && delete this.__data__[key];
  this.size -= result ? 1 : 0;
  return result;
}
var hashDelete_default;
var init_hashDelete = __esm({
  "node_modules/lodash-es/_hashDelete.js"() {
    hashDelete_default = hashDelete;
  }
});

// node_modules/lodash-es/_hashGet.js
function hashGet(key) {
  var data = this.__data__;
  if (nativeCreate_default) {
    var result = data[key];
    return result === HASH_UNDEFINED ? void 0 : result;
  }
  return hasOwnProperty9.call(data, key) ? data[key] : void 0;
}
var HASH_UNDEFINED, objectProto11, hasOwnProperty9, hashGet_default;
var init_hashGet = __esm({
  "node_modules/lodash-es/_hashGet.js"() {
    init_nativeCreate();
    HASH_UNDEFINED = "__lodash_hash_undefined__";
    objectProto11 = Object.prototype;
    hasOwnProperty9 = objectProto11.hasOwnProperty;
    hashGet_default = hashGet;
  }
});

// node_modules/lodash-es/_hashHas.js
function hashHas(key) {
  var data = this.__data__;
  return nativeCreate_default ? data[key] !== void 0 : hasOwnProperty10.call(data, key);
}
var objectProto12, hasOwnProperty10, hashHas_default;
var init_hashHas = __esm({
  "node_modules/lodash-es/_hashHas.js"() {
    init_nativeCreate();
    objectProto12 = Object.prototype;
    hasOwnProperty10 = objectProto12.hasOwnProperty;
    hashHas_default = hashHas;
  }
});

// node_modules/lodash-es/_hashSet.js
function hashSet(key, value) {
  var data = this.__data__;
  this.size += this.has(key) ? 0 : 1;
  data[key] = nativeCreate_default && value === void 0 ? HASH_UNDEFINED2 : value;
  return this;
}
var HASH_UNDEFINED2, hashSet_default;
var init_hashSet = __esm({
  "node_modules/lodash-es/_hashSet.js"() {
    init_nativeCreate();
    HASH_UNDEFINED2 = "__lodash_hash_undefined__";
    hashSet_default = hashSet;
  }
});

// node_modules/lodash-es/_Hash.js
function Hash(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
var Hash_default;
var init_Hash = __esm({
  "node_modules/lodash-es/_Hash.js"() {
    init_hashClear();
    init_hashDelete();
    init_hashGet();
    init_hashHas();
    init_hashSet();
    Hash.prototype.clear = hashClear_default;
    Hash.prototype["delete"] = hashDelete_default;
    Hash.prototype.get = hashGet_default;
    Hash.prototype.has = hashHas_default;
    Hash.prototype.set = hashSet_default;
    Hash_default = Hash;
  }
});

// node_modules/lodash-es/_listCacheClear.js
function listCacheClear() {
  this.__data__ = [];
  this.size = 0;
}
var listCacheClear_default;
var init_listCacheClear = __esm({
  "node_modules/lodash-es/_listCacheClear.js"() {
    listCacheClear_default = listCacheClear;
  }
});

// node_modules/lodash-es/_assocIndexOf.js
function assocIndexOf(array, key) {
  var length = array.length;
  while (length--) {
    if (eq_default(array[length][0], key)) {
      return length;
    }
  }
  return -1;
}
var assocIndexOf_default;
var init_assocIndexOf = __esm({
  "node_modules/lodash-es/_assocIndexOf.js"() {
    init_eq();
    assocIndexOf_default = assocIndexOf;
  }
});

// node_modules/lodash-es/_listCacheDelete.js
function listCacheDelete(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    return false;
  }
  var lastIndex = data.length - 1;
  if (index == lastIndex) {
    data.pop();
  } else {
    splice.call(data, index, 1);
  }
  --this.size;
  return true;
}
var arrayProto, splice, listCacheDelete_default;
var init_listCacheDelete = __esm({
  "node_modules/lodash-es/_listCacheDelete.js"() {
    init_assocIndexOf();
    arrayProto = Array.prototype;
    splice = arrayProto.splice;
    listCacheDelete_default = listCacheDelete;
  }
});

// node_modules/lodash-es/_listCacheGet.js
function listCacheGet(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  return index < 0 ? void 0 : data[index][1];
}
var listCacheGet_default;
var init_listCacheGet = __esm({
  "node_modules/lodash-es/_listCacheGet.js"() {
    init_assocIndexOf();
    listCacheGet_default = listCacheGet;
  }
});

// node_modules/lodash-es/_listCacheHas.js
function listCacheHas(key) {
  return assocIndexOf_default(this.__data__, key) > -1;
}
var listCacheHas_default;
var init_listCacheHas = __esm({
  "node_modules/lodash-es/_listCacheHas.js"() {
    init_assocIndexOf();
    listCacheHas_default = listCacheHas;
  }
});

// node_modules/lodash-es/_listCacheSet.js
function listCacheSet(key, value) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    ++this.size;
    data.push([key, value]);
  } else {
    data[index][1] = value;
  }
  return this;
}
var listCacheSet_default;
var init_listCacheSet = __esm({
  "node_modules/lodash-es/_listCacheSet.js"() {
    init_assocIndexOf();
    listCacheSet_default = listCacheSet;
  }
});

// node_modules/lodash-es/_ListCache.js
function ListCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
var ListCache_default;
var init_ListCache = __esm({
  "node_modules/lodash-es/_ListCache.js"() {
    init_listCacheClear();
    init_listCacheDelete();
    init_listCacheGet();
    init_listCacheHas();
    init_listCacheSet();
    ListCache.prototype.clear = listCacheClear_default;
    ListCache.prototype["delete"] = listCacheDelete_default;
    ListCache.prototype.get = listCacheGet_default;
    ListCache.prototype.has = listCacheHas_default;
    ListCache.prototype.set = listCacheSet_default;
    ListCache_default = ListCache;
  }
});

// node_modules/lodash-es/_Map.js
var Map2, Map_default;
var init_Map = __esm({
  "node_modules/lodash-es/_Map.js"() {
    init_getNative();
    init_root();
    Map2 = getNative_default(root_default, "Map");
    Map_default = Map2;
  }
});

// node_modules/lodash-es/_mapCacheClear.js
function mapCacheClear() {
  this.size = 0;
  this.__data__ = {
    "hash": new Hash_default(),
    "map": new (Map_default || ListCache_default)(),
    "string": new Hash_default()
  };
}
var mapCacheClear_default;
var init_mapCacheClear = __esm({
  "node_modules/lodash-es/_mapCacheClear.js"() {
    init_Hash();
    init_ListCache();
    init_Map();
    mapCacheClear_default = mapCacheClear;
  }
});

// node_modules/lodash-es/_isKeyable.js
function isKeyable(value) {
  var type = typeof value;
  return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
}
var isKeyable_default;
var init_isKeyable = __esm({
  "node_modules/lodash-es/_isKeyable.js"() {
    isKeyable_default = isKeyable;
  }
});

// node_modules/lodash-es/_getMapData.js
function getMapData(map2, key) {
  var data = map2.__data__;
  return isKeyable_default(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
}
var getMapData_default;
var init_getMapData = __esm({
  "node_modules/lodash-es/_getMapData.js"() {
    init_isKeyable();
    getMapData_default = getMapData;
  }
});

// node_modules/lodash-es/_mapCacheDelete.js
function mapCacheDelete(key) {
  var result = getMapData_default(this, key)["delete"](key);
  this.size -= result ? 1 : 0;
  return result;
}
var mapCacheDelete_default;
var init_mapCacheDelete = __esm({
  "node_modules/lodash-es/_mapCacheDelete.js"() {
    init_getMapData();
    mapCacheDelete_default = mapCacheDelete;
  }
});

// node_modules/lodash-es/_mapCacheGet.js
function mapCacheGet(key) {
  return getMapData_default(this, key).get(key);
}
var mapCacheGet_default;
var init_mapCacheGet = __esm({
  "node_modules/lodash-es/_mapCacheGet.js"() {
    init_getMapData();
    mapCacheGet_default = mapCacheGet;
  }
});

// node_modules/lodash-es/_mapCacheHas.js
function mapCacheHas(key) {
  return getMapData_default(this, key).has(key);
}
var mapCacheHas_default;
var init_mapCacheHas = __esm({
  "node_modules/lodash-es/_mapCacheHas.js"() {
    init_getMapData();
    mapCacheHas_default = mapCacheHas;
  }
});

// node_modules/lodash-es/_mapCacheSet.js
function mapCacheSet(key, value) {
  var data = getMapData_default(this, key), size = data.size;
  data.set(key, value);
  this.size += data.size == size ? 0 : 1;
  return this;
}
var mapCacheSet_default;
var init_mapCacheSet = __esm({
  "node_modules/lodash-es/_mapCacheSet.js"() {
    init_getMapData();
    mapCacheSet_default = mapCacheSet;
  }
});

// node_modules/lodash-es/_MapCache.js
function MapCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
var MapCache_default;
var init_MapCache = __esm({
  "node_modules/lodash-es/_MapCache.js"() {
    init_mapCacheClear();
    init_mapCacheDelete();
    init_mapCacheGet();
    init_mapCacheHas();
    init_mapCacheSet();
    MapCache.prototype.clear = mapCacheClear_default;
    MapCache.prototype["delete"] = mapCacheDelete_default;
    MapCache.prototype.get = mapCacheGet_default;
    MapCache.prototype.has = mapCacheHas_default;
    MapCache.prototype.set = mapCacheSet_default;
    MapCache_default = MapCache;
  }
});

// node_modules/lodash-es/memoize.js
function memoize(func, resolver) {
  if (typeof func != "function" || resolver != null && typeof resolver != "function") {
    throw new TypeError(FUNC_ERROR_TEXT);
  }
  var memoized = function() {
    var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache2 = memoized.cache;
    if (cache2.has(key)) {
      return cache2.get(key);
    }
    var result = func.apply(this, args);
    memoized.cache = cache2.set(key, result) || cache2;
    return result;
  };
  memoized.cache = new (memoize.Cache || MapCache_default)();
  return memoized;
}
var FUNC_ERROR_TEXT, memoize_default;
var init_memoize = __esm({
  "node_modules/lodash-es/memoize.js"() {
    init_MapCache();
    FUNC_ERROR_TEXT = "Expected a function";
    memoize.Cache = MapCache_default;
    memoize_default = memoize;
  }
});

// node_modules/lodash-es/_memoizeCapped.js
function memoizeCapped(func) {
  var result = memoize_default(func, function(key) {
    if (cache2.size === MAX_MEMOIZE_SIZE) {
      cache2.clear();
    }
    return key;
  });
  var cache2 = result.cache;
  return result;
}
var MAX_MEMOIZE_SIZE, memoizeCapped_default;
var init_memoizeCapped = __esm({
  "node_modules/lodash-es/_memoizeCapped.js"() {
    init_memoize();
    MAX_MEMOIZE_SIZE = 500;
    memoizeCapped_default = memoizeCapped;
  }
});

// node_modules/lodash-es/_stringToPath.js
var rePropName, reEscapeChar, stringToPath, stringToPath_default;
var init_stringToPath = __esm({
  "node_modules/lodash-es/_stringToPath.js"() {
    init_memoizeCapped();
    rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
    reEscapeChar = /\\(\\)?/g;
    stringToPath = memoizeCapped_default(function(string) {
      var result = [];
      if (string.charCodeAt(0) === 46) {
        result.push("");
      }
      string.replace(rePropName, function(match, number, quote, subString) {
        result.push(quote ? subString.replace(reEscapeChar, "$1") : number || match);
      });
      return result;
    });
    stringToPath_default = stringToPath;
  }
});

// node_modules/lodash-es/toString.js
function toString(value) {
  return value == null ? "" : baseToString_default(value);
}
var toString_default;
var init_toString = __esm({
  "node_modules/lodash-es/toString.js"() {
    init_baseToString();
    toString_default = toString;
  }
});

// node_modules/lodash-es/_castPath.js
function castPath(value, object) {
  if (isArray_default(value)) {
    return value;
  }
  return isKey_default(value, object) ? [value] : stringToPath_default(toString_default(value));
}
var castPath_default;
var init_castPath = __esm({
  "node_modules/lodash-es/_castPath.js"() {
    init_isArray();
    init_isKey();
    init_stringToPath();
    init_toString();
    castPath_default = castPath;
  }
});

// node_modules/lodash-es/_toKey.js
function toKey(value) {
  if (typeof value == "string" || isSymbol_default(value)) {
    return value;
  }
  var result = value + "";
  return result == "0" && 1 / value == -INFINITY3 ? "-0" : result;
}
var INFINITY3, toKey_default;
var init_toKey = __esm({
  "node_modules/lodash-es/_toKey.js"() {
    init_isSymbol();
    INFINITY3 = 1 / 0;
    toKey_default = toKey;
  }
});

// node_modules/lodash-es/_baseGet.js
function baseGet(object, path) {
  path = castPath_default(path, object);
  var index = 0, length = path.length;
  while (object != null && index < length) {
    object = object[toKey_default(path[index++])];
  }
  return index && index == length ? object : void 0;
}
var baseGet_default;
var init_baseGet = __esm({
  "node_modules/lodash-es/_baseGet.js"() {
    init_castPath();
    init_toKey();
    baseGet_default = baseGet;
  }
});

// node_modules/lodash-es/get.js
function get(object, path, defaultValue) {
  var result = object == null ? void 0 : baseGet_default(object, path);
  return result === void 0 ? defaultValue : result;
}
var get_default;
var init_get = __esm({
  "node_modules/lodash-es/get.js"() {
    init_baseGet();
    get_default = get;
  }
});

// node_modules/lodash-es/_arrayPush.js
function arrayPush(array, values2) {
  var index = -1, length = values2.length, offset = array.length;
  while (++index < length) {
    array[offset + index] = values2[index];
  }
  return array;
}
var arrayPush_default;
var init_arrayPush = __esm({
  "node_modules/lodash-es/_arrayPush.js"() {
    arrayPush_default = arrayPush;
  }
});

// node_modules/lodash-es/_isFlattenable.js
function isFlattenable(value) {
  return isArray_default(value) || isArguments_default(value) || !!(spreadableSymbol && value && value[spreadableSymbol]);
}
var spreadableSymbol, isFlattenable_default;
var init_isFlattenable = __esm({
  "node_modules/lodash-es/_isFlattenable.js"() {
    init_Symbol();
    init_isArguments();
    init_isArray();
    spreadableSymbol = Symbol_default ? Symbol_default.isConcatSpreadable : void 0;
    isFlattenable_default = isFlattenable;
  }
});

// node_modules/lodash-es/_baseFlatten.js
function baseFlatten(array, depth, predicate, isStrict, result) {
  var index = -1, length = array.length;
  predicate || (predicate = isFlattenable_default);
  result || (result = []);
  while (++index < length) {
    var value = array[index];
    if (depth > 0 && predicate(value)) {
      if (depth > 1) {
        baseFlatten(value, depth - 1, predicate, isStrict, result);
      } else {
        arrayPush_default(result, value);
      }
    } else if (!isStrict) {
      result[result.length] = value;
    }
  }
  return result;
}
var baseFlatten_default;
var init_baseFlatten = __esm({
  "node_modules/lodash-es/_baseFlatten.js"() {
    init_arrayPush();
    init_isFlattenable();
    baseFlatten_default = baseFlatten;
  }
});

// node_modules/lodash-es/flatten.js
function flatten(array) {
  var length = array == null ? 0 : array.length;
  return length ? baseFlatten_default(array, 1) : [];
}
var flatten_default;
var init_flatten = __esm({
  "node_modules/lodash-es/flatten.js"() {
    init_baseFlatten();
    flatten_default = flatten;
  }
});

// node_modules/lodash-es/_getPrototype.js
var getPrototype, getPrototype_default;
var init_getPrototype = __esm({
  "node_modules/lodash-es/_getPrototype.js"() {
    init_overArg();
    getPrototype = overArg_default(Object.getPrototypeOf, Object);
    getPrototype_default = getPrototype;
  }
});

// node_modules/lodash-es/_baseSlice.js
function baseSlice(array, start, end) {
  var index = -1, length = array.length;
  if (start < 0) {
    start = -start > length ? 0 : length + start;
  }
  end = end > length ? length : end;
  if (end < 0) {
    end += length;
  }
  length = start > end ? 0 : end - start >>> 0;
  start >>>= 0;
  var result = Array(length);
  while (++index < length) {
    result[index] = array[index + start];
  }
  return result;
}
var baseSlice_default;
var init_baseSlice = __esm({
  "node_modules/lodash-es/_baseSlice.js"() {
    baseSlice_default = baseSlice;
  }
});

// node_modules/lodash-es/_arrayReduce.js
function arrayReduce(array, iteratee, accumulator, initAccum) {
  var index = -1, length = array == null ? 0 : array.length;
  if (initAccum && length) {
    accumulator = array[++index];
  }
  while (++index < length) {
    accumulator = iteratee(accumulator, array[index], index, array);
  }
  return accumulator;
}
var arrayReduce_default;
var init_arrayReduce = __esm({
  "node_modules/lodash-es/_arrayReduce.js"() {
    arrayReduce_default = arrayReduce;
  }
});

// node_modules/lodash-es/_stackClear.js
function stackClear() {
  this.__data__ = new ListCache_default();
  this.size = 0;
}
var stackClear_default;
var init_stackClear = __esm({
  "node_modules/lodash-es/_stackClear.js"() {
    init_ListCache();
    stackClear_default = stackClear;
  }
});

// node_modules/lodash-es/_stackDelete.js
function stackDelete(key) {
  var data = this.__data__, result = data["delete"](key);
  this.size = data.size;
  return result;
}
var stackDelete_default;
var init_stackDelete = __esm({
  "node_modules/lodash-es/_stackDelete.js"() {
    stackDelete_default = stackDelete;
  }
});

// node_modules/lodash-es/_stackGet.js
function stackGet(key) {
  return this.__data__.get(key);
}
var stackGet_default;
var init_stackGet = __esm({
  "node_modules/lodash-es/_stackGet.js"() {
    stackGet_default = stackGet;
  }
});

// node_modules/lodash-es/_stackHas.js
function stackHas(key) {
  return this.__data__.has(key);
}
var stackHas_default;
var init_stackHas = __esm({
  "node_modules/lodash-es/_stackHas.js"() {
    stackHas_default = stackHas;
  }
});

// node_modules/lodash-es/_stackSet.js
function stackSet(key, value) {
  var data = this.__data__;
  if (data instanceof ListCache_default) {
    var pairs = data.__data__;
    if (!Map_default || pairs.length < LARGE_ARRAY_SIZE - 1) {
      pairs.push([key, value]);
      this.size = ++data.size;
      return this;
    }
    data = this.__data__ = new MapCache_default(pairs);
  }
  data.set(key, value);
  this.size = data.size;
  return this;
}
var LARGE_ARRAY_SIZE, stackSet_default;
var init_stackSet = __esm({
  "node_modules/lodash-es/_stackSet.js"() {
    init_ListCache();
    init_Map();
    init_MapCache();
    LARGE_ARRAY_SIZE = 200;
    stackSet_default = stackSet;
  }
});

// node_modules/lodash-es/_Stack.js
function Stack(entries) {
  var data = this.__data__ = new ListCache_default(entries);
  this.size = data.size;
}
var Stack_default;
var init_Stack = __esm({
  "node_modules/lodash-es/_Stack.js"() {
    init_ListCache();
    init_stackClear();
    init_stackDelete();
    init_stackGet();
    init_stackHas();
    init_stackSet();
    Stack.prototype.clear = stackClear_default;
    Stack.prototype["delete"] = stackDelete_default;
    Stack.prototype.get = stackGet_default;
    Stack.prototype.has = stackHas_default;
    Stack.prototype.set = stackSet_default;
    Stack_default = Stack;
  }
});

// node_modules/lodash-es/_baseAssign.js
function baseAssign(object, source) {
  return object && copyObject_default(source, keys_default(source), object);
}
var baseAssign_default;
var init_baseAssign = __esm({
  "node_modules/lodash-es/_baseAssign.js"() {
    init_copyObject();
    init_keys();
    baseAssign_default = baseAssign;
  }
});

// node_modules/lodash-es/_baseAssignIn.js
function baseAssignIn(object, source) {
  return object && copyObject_default(source, keysIn_default(source), object);
}
var baseAssignIn_default;
var init_baseAssignIn = __esm({
  "node_modules/lodash-es/_baseAssignIn.js"() {
    init_copyObject();
    init_keysIn();
    baseAssignIn_default = baseAssignIn;
  }
});

// node_modules/lodash-es/_cloneBuffer.js
function cloneBuffer(buffer, isDeep) {
  if (isDeep) {
    return buffer.slice();
  }
  var length = buffer.length, result = allocUnsafe ? allocUnsafe(length) : new buffer.constructor(length);
  buffer.copy(result);
  return result;
}
var freeExports3, freeModule3, moduleExports3, Buffer3, allocUnsafe, cloneBuffer_default;
var init_cloneBuffer = __esm({
  "node_modules/lodash-es/_cloneBuffer.js"() {
    init_root();
    freeExports3 = typeof exports == "object" && exports && !exports.nodeType && exports;
    freeModule3 = freeExports3 && typeof module == "object" && module && !module.nodeType && module;
    moduleExports3 = freeModule3 && freeModule3.exports === freeExports3;
    Buffer3 = moduleExports3 ? root_default.Buffer : void 0;
    allocUnsafe = Buffer3 ? Buffer3.allocUnsafe : void 0;
    cloneBuffer_default = cloneBuffer;
  }
});

// node_modules/lodash-es/_arrayFilter.js
function arrayFilter(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value = array[index];
    if (predicate(value, index, array)) {
      result[resIndex++] = value;
    }
  }
  return result;
}
var arrayFilter_default;
var init_arrayFilter = __esm({
  "node_modules/lodash-es/_arrayFilter.js"() {
    arrayFilter_default = arrayFilter;
  }
});

// node_modules/lodash-es/stubArray.js
function stubArray() {
  return [];
}
var stubArray_default;
var init_stubArray = __esm({
  "node_modules/lodash-es/stubArray.js"() {
    stubArray_default = stubArray;
  }
});

// node_modules/lodash-es/_getSymbols.js
var objectProto13, propertyIsEnumerable2, nativeGetSymbols, getSymbols, getSymbols_default;
var init_getSymbols = __esm({
  "node_modules/lodash-es/_getSymbols.js"() {
    init_arrayFilter();
    init_stubArray();
    objectProto13 = Object.prototype;
    propertyIsEnumerable2 = objectProto13.propertyIsEnumerable;
    nativeGetSymbols = Object.getOwnPropertySymbols;
    getSymbols = !nativeGetSymbols ? stubArray_default : function(object) {
      if (object == null) {
        return [];
      }
      object = Object(object);
      return arrayFilter_default(nativeGetSymbols(object), function(symbol) {
        return propertyIsEnumerable2.call(object, symbol);
      });
    };
    getSymbols_default = getSymbols;
  }
});

// node_modules/lodash-es/_copySymbols.js
function copySymbols(source, object) {
  return copyObject_default(source, getSymbols_default(source), object);
}
var copySymbols_default;
var init_copySymbols = __esm({
  "node_modules/lodash-es/_copySymbols.js"() {
    init_copyObject();
    init_getSymbols();
    copySymbols_default = copySymbols;
  }
});

// node_modules/lodash-es/_getSymbolsIn.js
var nativeGetSymbols2, getSymbolsIn, getSymbolsIn_default;
var init_getSymbolsIn = __esm({
  "node_modules/lodash-es/_getSymbolsIn.js"() {
    init_arrayPush();
    init_getPrototype();
    init_getSymbols();
    init_stubArray();
    nativeGetSymbols2 = Object.getOwnPropertySymbols;
    getSymbolsIn = !nativeGetSymbols2 ? stubArray_default : function(object) {
      var result = [];
      while (object) {
        arrayPush_default(result, getSymbols_default(object));
        object = getPrototype_default(object);
      }
      return result;
    };
    getSymbolsIn_default = getSymbolsIn;
  }
});

// node_modules/lodash-es/_copySymbolsIn.js
function copySymbolsIn(source, object) {
  return copyObject_default(source, getSymbolsIn_default(source), object);
}
var copySymbolsIn_default;
var init_copySymbolsIn = __esm({
  "node_modules/lodash-es/_copySymbolsIn.js"() {
    init_copyObject();
    init_getSymbolsIn();
    copySymbolsIn_default = copySymbolsIn;
  }
});

// node_modules/lodash-es/_baseGetAllKeys.js
function baseGetAllKeys(object, keysFunc, symbolsFunc) {
  var result = keysFunc(object);
  return isArray_default(object) ? result : arrayPush_default(result, symbolsFunc(object));
}
var baseGetAllKeys_default;
var init_baseGetAllKeys = __esm({
  "node_modules/lodash-es/_baseGetAllKeys.js"() {
    init_arrayPush();
    init_isArray();
    baseGetAllKeys_default = baseGetAllKeys;
  }
});

// node_modules/lodash-es/_getAllKeys.js
function getAllKeys(object) {
  return baseGetAllKeys_default(object, keys_default, getSymbols_default);
}
var getAllKeys_default;
var init_getAllKeys = __esm({
  "node_modules/lodash-es/_getAllKeys.js"() {
    init_baseGetAllKeys();
    init_getSymbols();
    init_keys();
    getAllKeys_default = getAllKeys;
  }
});

// node_modules/lodash-es/_getAllKeysIn.js
function getAllKeysIn(object) {
  return baseGetAllKeys_default(object, keysIn_default, getSymbolsIn_default);
}
var getAllKeysIn_default;
var init_getAllKeysIn = __esm({
  "node_modules/lodash-es/_getAllKeysIn.js"() {
    init_baseGetAllKeys();
    init_getSymbolsIn();
    init_keysIn();
    getAllKeysIn_default = getAllKeysIn;
  }
});

// node_modules/lodash-es/_DataView.js
var DataView, DataView_default;
var init_DataView = __esm({
  "node_modules/lodash-es/_DataView.js"() {
    init_getNative();
    init_root();
    DataView = getNative_default(root_default, "DataView");
    DataView_default = DataView;
  }
});

// node_modules/lodash-es/_Promise.js
var Promise2, Promise_default;
var init_Promise = __esm({
  "node_modules/lodash-es/_Promise.js"() {
    init_getNative();
    init_root();
    Promise2 = getNative_default(root_default, "Promise");
    Promise_default = Promise2;
  }
});

// node_modules/lodash-es/_Set.js
var Set2, Set_default;
var init_Set = __esm({
  "node_modules/lodash-es/_Set.js"() {
    init_getNative();
    init_root();
    Set2 = getNative_default(root_default, "Set");
    Set_default = Set2;
  }
});

// node_modules/lodash-es/_getTag.js
var mapTag2, objectTag2, promiseTag, setTag2, weakMapTag2, dataViewTag2, dataViewCtorString, mapCtorString, promiseCtorString, setCtorString, weakMapCtorString, getTag, getTag_default;
var init_getTag = __esm({
  "node_modules/lodash-es/_getTag.js"() {
    init_DataView();
    init_Map();
    init_Promise();
    init_Set();
    init_WeakMap();
    init_baseGetTag();
    init_toSource();
    mapTag2 = "[object Map]";
    objectTag2 = "[object Object]";
    promiseTag = "[object Promise]";
    setTag2 = "[object Set]";
    weakMapTag2 = "[object WeakMap]";
    dataViewTag2 = "[object DataView]";
    dataViewCtorString = toSource_default(DataView_default);
    mapCtorString = toSource_default(Map_default);
    promiseCtorString = toSource_default(Promise_default);
    setCtorString = toSource_default(Set_default);
    weakMapCtorString = toSource_default(WeakMap_default);
    getTag = baseGetTag_default;
    if (DataView_default && getTag(new DataView_default(new ArrayBuffer(1))) != dataViewTag2 || Map_default && getTag(new Map_default()) != mapTag2 || Promise_default && getTag(Promise_default.resolve()) != promiseTag || Set_default && getTag(new Set_default()) != setTag2 || WeakMap_default && getTag(new WeakMap_default()) != weakMapTag2) {
      getTag = function(value) {
        var result = baseGetTag_default(value), Ctor = result == objectTag2 ? value.constructor : void 0, ctorString = Ctor ? toSource_default(Ctor) : "";
        if (ctorString) {
          switch (ctorString) {
            case dataViewCtorString:
              return dataViewTag2;
            case mapCtorString:
              return mapTag2;
            case promiseCtorString:
              return promiseTag;
            case setCtorString:
              return setTag2;
            case weakMapCtorString:
              return weakMapTag2;
          }
        }
        return result;
      };
    }
    getTag_default = getTag;
  }
});

// node_modules/lodash-es/_initCloneArray.js
function initCloneArray(array) {
  var length = array.length, result = new array.constructor(length);
  if (length && typeof array[0] == "string" && hasOwnProperty11.call(array, "index")) {
    result.index = array.index;
    result.input = array.input;
  }
  return result;
}
var objectProto14, hasOwnProperty11, initCloneArray_default;
var init_initCloneArray = __esm({
  "node_modules/lodash-es/_initCloneArray.js"() {
    objectProto14 = Object.prototype;
    hasOwnProperty11 = objectProto14.hasOwnProperty;
    initCloneArray_default = initCloneArray;
  }
});

// node_modules/lodash-es/_Uint8Array.js
var Uint8Array2, Uint8Array_default;
var init_Uint8Array = __esm({
  "node_modules/lodash-es/_Uint8Array.js"() {
    init_root();
    Uint8Array2 = root_default.Uint8Array;
    Uint8Array_default = Uint8Array2;
  }
});

// node_modules/lodash-es/_cloneArrayBuffer.js
function cloneArrayBuffer(arrayBuffer) {
  var result = new arrayBuffer.constructor(arrayBuffer.byteLength);
  new Uint8Array_default(result).set(new Uint8Array_default(arrayBuffer));
  return result;
}
var cloneArrayBuffer_default;
var init_cloneArrayBuffer = __esm({
  "node_modules/lodash-es/_cloneArrayBuffer.js"() {
    init_Uint8Array();
    cloneArrayBuffer_default = cloneArrayBuffer;
  }
});

// node_modules/lodash-es/_cloneDataView.js
function cloneDataView(dataView, isDeep) {
  var buffer = isDeep ? cloneArrayBuffer_default(dataView.buffer) : dataView.buffer;
  return new dataView.constructor(buffer, dataView.byteOffset, dataView.byteLength);
}
var cloneDataView_default;
var init_cloneDataView = __esm({
  "node_modules/lodash-es/_cloneDataView.js"() {
    init_cloneArrayBuffer();
    cloneDataView_default = cloneDataView;
  }
});

// node_modules/lodash-es/_cloneRegExp.js
function cloneRegExp(regexp) {
  var result = new regexp.constructor(regexp.source, reFlags.exec(regexp));
  result.lastIndex = regexp.lastIndex;
  return result;
}
var reFlags, cloneRegExp_default;
var init_cloneRegExp = __esm({
  "node_modules/lodash-es/_cloneRegExp.js"() {
    reFlags = /\w*$/;
    cloneRegExp_default = cloneRegExp;
  }
});

// node_modules/lodash-es/_cloneSymbol.js
function cloneSymbol(symbol) {
  return symbolValueOf ? Object(symbolValueOf.call(symbol)) : {};
}
var symbolProto2, symbolValueOf, cloneSymbol_default;
var init_cloneSymbol = __esm({
  "node_modules/lodash-es/_cloneSymbol.js"() {
    init_Symbol();
    symbolProto2 = Symbol_default ? Symbol_default.prototype : void 0;
    symbolValueOf = symbolProto2 ? symbolProto2.valueOf : void 0;
    cloneSymbol_default = cloneSymbol;
  }
});

// node_modules/lodash-es/_cloneTypedArray.js
function cloneTypedArray(typedArray, isDeep) {
  var buffer = isDeep ? cloneArrayBuffer_default(typedArray.buffer) : typedArray.buffer;
  return new typedArray.constructor(buffer, typedArray.byteOffset, typedArray.length);
}
var cloneTypedArray_default;
var init_cloneTypedArray = __esm({
  "node_modules/lodash-es/_cloneTypedArray.js"() {
    init_cloneArrayBuffer();
    cloneTypedArray_default = cloneTypedArray;
  }
});

// node_modules/lodash-es/_initCloneByTag.js
function initCloneByTag(object, tag, isDeep) {
  var Ctor = object.constructor;
  switch (tag) {
    case arrayBufferTag2:
      return cloneArrayBuffer_default(object);
    case boolTag2:
    case dateTag2:
      return new Ctor(+object);
    case dataViewTag3:
      return cloneDataView_default(object, isDeep);
    case float32Tag2:
    case float64Tag2:
    case int8Tag2:
    case int16Tag2:
    case int32Tag2:
    case uint8Tag2:
    case uint8ClampedTag2:
    case uint16Tag2:
    case uint32Tag2:
      return cloneTypedArray_default(object, isDeep);
    case mapTag3:
      return new Ctor();
    case numberTag2:
    case stringTag2:
      return new Ctor(object);
    case regexpTag2:
      return cloneRegExp_default(object);
    case setTag3:
      return new Ctor();
    case symbolTag2:
      return cloneSymbol_default(object);
  }
}
var boolTag2, dateTag2, mapTag3, numberTag2, regexpTag2, setTag3, stringTag2, symbolTag2, arrayBufferTag2, dataViewTag3, float32Tag2, float64Tag2, int8Tag2, int16Tag2, int32Tag2, uint8Tag2, uint8ClampedTag2, uint16Tag2, uint32Tag2, initCloneByTag_default;
var init_initCloneByTag = __esm({
  "node_modules/lodash-es/_initCloneByTag.js"() {
    init_cloneArrayBuffer();
    init_cloneDataView();
    init_cloneRegExp();
    init_cloneSymbol();
    init_cloneTypedArray();
    boolTag2 = "[object Boolean]";
    dateTag2 = "[object Date]";
    mapTag3 = "[object Map]";
    numberTag2 = "[object Number]";
    regexpTag2 = "[object RegExp]";
    setTag3 = "[object Set]";
    stringTag2 = "[object String]";
    symbolTag2 = "[object Symbol]";
    arrayBufferTag2 = "[object ArrayBuffer]";
    dataViewTag3 = "[object DataView]";
    float32Tag2 = "[object Float32Array]";
    float64Tag2 = "[object Float64Array]";
    int8Tag2 = "[object Int8Array]";
    int16Tag2 = "[object Int16Array]";
    int32Tag2 = "[object Int32Array]";
    uint8Tag2 = "[object Uint8Array]";
    uint8ClampedTag2 = "[object Uint8ClampedArray]";
    uint16Tag2 = "[object Uint16Array]";
    uint32Tag2 = "[object Uint32Array]";
    initCloneByTag_default = initCloneByTag;
  }
});

// node_modules/lodash-es/_initCloneObject.js
function initCloneObject(object) {
  return typeof object.constructor == "function" && !isPrototype_default(object) ? baseCreate_default(getPrototype_default(object)) : {};
}
var initCloneObject_default;
var init_initCloneObject = __esm({
  "node_modules/lodash-es/_initCloneObject.js"() {
    init_baseCreate();
    init_getPrototype();
    init_isPrototype();
    initCloneObject_default = initCloneObject;
  }
});

// node_modules/lodash-es/_baseIsMap.js
function baseIsMap(value) {
  return isObjectLike_default(value) && getTag_default(value) == mapTag4;
}
var mapTag4, baseIsMap_default;
var init_baseIsMap = __esm({
  "node_modules/lodash-es/_baseIsMap.js"() {
    init_getTag();
    init_isObjectLike();
    mapTag4 = "[object Map]";
    baseIsMap_default = baseIsMap;
  }
});

// node_modules/lodash-es/isMap.js
var nodeIsMap, isMap, isMap_default;
var init_isMap = __esm({
  "node_modules/lodash-es/isMap.js"() {
    init_baseIsMap();
    init_baseUnary();
    init_nodeUtil();
    nodeIsMap = nodeUtil_default && nodeUtil_default.isMap;
    isMap = nodeIsMap ? baseUnary_default(nodeIsMap) : baseIsMap_default;
    isMap_default = isMap;
  }
});

// node_modules/lodash-es/_baseIsSet.js
function baseIsSet(value) {
  return isObjectLike_default(value) && getTag_default(value) == setTag4;
}
var setTag4, baseIsSet_default;
var init_baseIsSet = __esm({
  "node_modules/lodash-es/_baseIsSet.js"() {
    init_getTag();
    init_isObjectLike();
    setTag4 = "[object Set]";
    baseIsSet_default = baseIsSet;
  }
});

// node_modules/lodash-es/isSet.js
var nodeIsSet, isSet, isSet_default;
var init_isSet = __esm({
  "node_modules/lodash-es/isSet.js"() {
    init_baseIsSet();
    init_baseUnary();
    init_nodeUtil();
    nodeIsSet = nodeUtil_default && nodeUtil_default.isSet;
    isSet = nodeIsSet ? baseUnary_default(nodeIsSet) : baseIsSet_default;
    isSet_default = isSet;
  }
});

// node_modules/lodash-es/_baseClone.js
function baseClone(value, bitmask, customizer, key, object, stack) {
  var result, isDeep = bitmask & CLONE_DEEP_FLAG, isFlat = bitmask & CLONE_FLAT_FLAG, isFull = bitmask & CLONE_SYMBOLS_FLAG;
  if (customizer) {
    result = object ? customizer(value, key, object, stack) : customizer(value);
  }
  if (result !== void 0) {
    return result;
  }
  if (!isObject_default(value)) {
    return value;
  }
  var isArr = isArray_default(value);
  if (isArr) {
    result = initCloneArray_default(value);
    if (!isDeep) {
      return copyArray_default(value, result);
    }
  } else {
    var tag = getTag_default(value), isFunc = tag == funcTag3 || tag == genTag2;
    if (isBuffer_default(value)) {
      return cloneBuffer_default(value, isDeep);
    }
    if (tag == objectTag3 || tag == argsTag3 || isFunc && !object) {
      result = isFlat || isFunc ? {} : initCloneObject_default(value);
      if (!isDeep) {
        return isFlat ? copySymbolsIn_default(value, baseAssignIn_default(result, value)) : copySymbols_default(value, baseAssign_default(result, value));
      }
    } else {
      if (!cloneableTags[tag]) {
        return object ? value : {};
      }
      result = initCloneByTag_default(value, tag, isDeep);
    }
  }
  stack || (stack = new Stack_default());
  var stacked = stack.get(value);
  if (stacked) {
    return stacked;
  }
  stack.set(value, result);
  if (isSet_default(value)) {
    value.forEach(function(subValue) {
      result.add(baseClone(subValue, bitmask, customizer, subValue, value, stack));
    });
  } else if (isMap_default(value)) {
    value.forEach(function(subValue, key2) {
      result.set(key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
    });
  }
  var keysFunc = isFull ? isFlat ? getAllKeysIn_default : getAllKeys_default : isFlat ? keysIn_default : keys_default;
  var props = isArr ? void 0 : keysFunc(value);
  arrayEach_default(props || value, function(subValue, key2) {
    if (props) {
      key2 = subValue;
      subValue = value[key2];
    }
    assignValue_default(result, key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
  });
  return result;
}
var CLONE_DEEP_FLAG, CLONE_FLAT_FLAG, CLONE_SYMBOLS_FLAG, argsTag3, arrayTag2, boolTag3, dateTag3, errorTag2, funcTag3, genTag2, mapTag5, numberTag3, objectTag3, regexpTag3, setTag5, stringTag3, symbolTag3, weakMapTag3, arrayBufferTag3, dataViewTag4, float32Tag3, float64Tag3, int8Tag3, int16Tag3, int32Tag3, uint8Tag3, uint8ClampedTag3, uint16Tag3, uint32Tag3, cloneableTags, baseClone_default;
var init_baseClone = __esm({
  "node_modules/lodash-es/_baseClone.js"() {
    init_Stack();
    init_arrayEach();
    init_assignValue();
    init_baseAssign();
    init_baseAssignIn();
    init_cloneBuffer();
    init_copyArray();
    init_copySymbols();
    init_copySymbolsIn();
    init_getAllKeys();
    init_getAllKeysIn();
    init_getTag();
    init_initCloneArray();
    init_initCloneByTag();
    init_initCloneObject();
    init_isArray();
    init_isBuffer();
    init_isMap();
    init_isObject();
    init_isSet();
    init_keys();
    init_keysIn();
    CLONE_DEEP_FLAG = 1;
    CLONE_FLAT_FLAG = 2;
    CLONE_SYMBOLS_FLAG = 4;
    argsTag3 = "[object Arguments]";
    arrayTag2 = "[object Array]";
    boolTag3 = "[object Boolean]";
    dateTag3 = "[object Date]";
    errorTag2 = "[object Error]";
    funcTag3 = "[object Function]";
    genTag2 = "[object GeneratorFunction]";
    mapTag5 = "[object Map]";
    numberTag3 = "[object Number]";
    objectTag3 = "[object Object]";
    regexpTag3 = "[object RegExp]";
    setTag5 = "[object Set]";
    stringTag3 = "[object String]";
    symbolTag3 = "[object Symbol]";
    weakMapTag3 = "[object WeakMap]";
    arrayBufferTag3 = "[object ArrayBuffer]";
    dataViewTag4 = "[object DataView]";
    float32Tag3 = "[object Float32Array]";
    float64Tag3 = "[object Float64Array]";
    int8Tag3 = "[object Int8Array]";
    int16Tag3 = "[object Int16Array]";
    int32Tag3 = "[object Int32Array]";
    uint8Tag3 = "[object Uint8Array]";
    uint8ClampedTag3 = "[object Uint8ClampedArray]";
    uint16Tag3 = "[object Uint16Array]";
    uint32Tag3 = "[object Uint32Array]";
    cloneableTags = {};
    cloneableTags[argsTag3] = cloneableTags[arrayTag2] = cloneableTags[arrayBufferTag3] = cloneableTags[dataViewTag4] = cloneableTags[boolTag3] = cloneableTags[dateTag3] = cloneableTags[float32Tag3] = cloneableTags[float64Tag3] = cloneableTags[int8Tag3] = cloneableTags[int16Tag3] = cloneableTags[int32Tag3] = cloneableTags[mapTag5] = cloneableTags[numberTag3] = cloneableTags[objectTag3] = cloneableTags[regexpTag3] = cloneableTags[setTag5] = cloneableTags[stringTag3] = cloneableTags[symbolTag3] = cloneableTags[uint8Tag3] = cloneableTags[uint8ClampedTag3] = cloneableTags[uint16Tag3] = cloneableTags[uint32Tag3] = true;
    cloneableTags[errorTag2] = cloneableTags[funcTag3] = cloneableTags[weakMapTag3] = false;
    baseClone_default = baseClone;
  }
});

// node_modules/lodash-es/clone.js
function clone(value) {
  return baseClone_default(value, CLONE_SYMBOLS_FLAG2);
}
var CLONE_SYMBOLS_FLAG2, clone_default;
var init_clone = __esm({
  "node_modules/lodash-es/clone.js"() {
    init_baseClone();
    CLONE_SYMBOLS_FLAG2 = 4;
    clone_default = clone;
  }
});

// node_modules/lodash-es/compact.js
function compact(array) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value = array[index];
    if (value) {
      result[resIndex++] = value;
    }
  }
  return result;
}
var compact_default;
var init_compact = __esm({
  "node_modules/lodash-es/compact.js"() {
    compact_default = compact;
  }
});

// node_modules/lodash-es/_setCacheAdd.js
function setCacheAdd(value) {
  this.__data__.set(value, HASH_UNDEFINED3);
  return this;
}
var HASH_UNDEFINED3, setCacheAdd_default;
var init_setCacheAdd = __esm({
  "node_modules/lodash-es/_setCacheAdd.js"() {
    HASH_UNDEFINED3 = "__lodash_hash_undefined__";
    setCacheAdd_default = setCacheAdd;
  }
});

// node_modules/lodash-es/_setCacheHas.js
function setCacheHas(value) {
  return this.__data__.has(value);
}
var setCacheHas_default;
var init_setCacheHas = __esm({
  "node_modules/lodash-es/_setCacheHas.js"() {
    setCacheHas_default = setCacheHas;
  }
});

// node_modules/lodash-es/_SetCache.js
function SetCache(values2) {
  var index = -1, length = values2 == null ? 0 : values2.length;
  this.__data__ = new MapCache_default();
  while (++index < length) {
    this.add(values2[index]);
  }
}
var SetCache_default;
var init_SetCache = __esm({
  "node_modules/lodash-es/_SetCache.js"() {
    init_MapCache();
    init_setCacheAdd();
    init_setCacheHas();
    SetCache.prototype.add = SetCache.prototype.push = setCacheAdd_default;
    SetCache.prototype.has = setCacheHas_default;
    SetCache_default = SetCache;
  }
});

// node_modules/lodash-es/_arraySome.js
function arraySome(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (predicate(array[index], index, array)) {
      return true;
    }
  }
  return false;
}
var arraySome_default;
var init_arraySome = __esm({
  "node_modules/lodash-es/_arraySome.js"() {
    arraySome_default = arraySome;
  }
});

// node_modules/lodash-es/_cacheHas.js
function cacheHas(cache2, key) {
  return cache2.has(key);
}
var cacheHas_default;
var init_cacheHas = __esm({
  "node_modules/lodash-es/_cacheHas.js"() {
    cacheHas_default = cacheHas;
  }
});

// node_modules/lodash-es/_equalArrays.js
function equalArrays(array, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG, arrLength = array.length, othLength = other.length;
  if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
    return false;
  }
  var arrStacked = stack.get(array);
  var othStacked = stack.get(other);
  if (arrStacked && othStacked) {
    return arrStacked == other && othStacked == array;
  }
  var index = -1, result = true, seen = bitmask & COMPARE_UNORDERED_FLAG ? new SetCache_default() : void 0;
  stack.set(array, other);
  stack.set(other, array);
  while (++index < arrLength) {
    var arrValue = array[index], othValue = other[index];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, arrValue, index, other, array, stack) : customizer(arrValue, othValue, index, array, other, stack);
    }
    if (compared !== void 0) {
      if (compared) {
        continue;
      }
      result = false;
      break;
    }
    if (seen) {
      if (!arraySome_default(other, function(othValue2, othIndex) {
        if (!cacheHas_default(seen, othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, bitmask, customizer, stack))) {
          return seen.push(othIndex);
        }
      })) {
        result = false;
        break;
      }
    } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, bitmask, customizer, stack))) {
      result = false;
      break;
    }
  }
  stack["delete"](array);
  stack["delete"](other);
  return result;
}
var COMPARE_PARTIAL_FLAG, COMPARE_UNORDERED_FLAG, equalArrays_default;
var init_equalArrays = __esm({
  "node_modules/lodash-es/_equalArrays.js"() {
    init_SetCache();
    init_arraySome();
    init_cacheHas();
    COMPARE_PARTIAL_FLAG = 1;
    COMPARE_UNORDERED_FLAG = 2;
    equalArrays_default = equalArrays;
  }
});

// node_modules/lodash-es/_mapToArray.js
function mapToArray(map2) {
  var index = -1, result = Array(map2.size);
  map2.forEach(function(value, key) {
    result[++index] = [key, value];
  });
  return result;
}
var mapToArray_default;
var init_mapToArray = __esm({
  "node_modules/lodash-es/_mapToArray.js"() {
    mapToArray_default = mapToArray;
  }
});

// node_modules/lodash-es/_setToArray.js
function setToArray(set) {
  var index = -1, result = Array(set.size);
  set.forEach(function(value) {
    result[++index] = value;
  });
  return result;
}
var setToArray_default;
var init_setToArray = __esm({
  "node_modules/lodash-es/_setToArray.js"() {
    setToArray_default = setToArray;
  }
});

// node_modules/lodash-es/_equalByTag.js
function equalByTag(object, other, tag, bitmask, customizer, equalFunc, stack) {
  switch (tag) {
    case dataViewTag5:
      if (object.byteLength != other.byteLength || object.byteOffset != other.byteOffset) {
        return false;
      }
      object = object.buffer;
      other = other.buffer;
    case arrayBufferTag4:
      if (object.byteLength != other.byteLength || !equalFunc(new Uint8Array_default(object), new Uint8Array_default(other))) {
        return false;
      }
      return true;
    case boolTag4:
    case dateTag4:
    case numberTag4:
      return eq_default(+object, +other);
    case errorTag3:
      return object.name == other.name && object.message == other.message;
    case regexpTag4:
    case stringTag4:
      return object == other + "";
    case mapTag6:
      var convert = mapToArray_default;
    case setTag6:
      var isPartial = bitmask & COMPARE_PARTIAL_FLAG2;
      convert || (convert = setToArray_default);
      if (object.size != other.size && !isPartial) {
        return false;
      }
      var stacked = stack.get(object);
      if (stacked) {
        return stacked == other;
      }
      bitmask |= COMPARE_UNORDERED_FLAG2;
      stack.set(object, other);
      var result = equalArrays_default(convert(object), convert(other), bitmask, customizer, equalFunc, stack);
      stack["delete"](object);
      return result;
    case symbolTag4:
      if (symbolValueOf2) {
        return symbolValueOf2.call(object) == symbolValueOf2.call(other);
      }
  }
  return false;
}
var COMPARE_PARTIAL_FLAG2, COMPARE_UNORDERED_FLAG2, boolTag4, dateTag4, errorTag3, mapTag6, numberTag4, regexpTag4, setTag6, stringTag4, symbolTag4, arrayBufferTag4, dataViewTag5, symbolProto3, symbolValueOf2, equalByTag_default;
var init_equalByTag = __esm({
  "node_modules/lodash-es/_equalByTag.js"() {
    init_Symbol();
    init_Uint8Array();
    init_eq();
    init_equalArrays();
    init_mapToArray();
    init_setToArray();
    COMPARE_PARTIAL_FLAG2 = 1;
    COMPARE_UNORDERED_FLAG2 = 2;
    boolTag4 = "[object Boolean]";
    dateTag4 = "[object Date]";
    errorTag3 = "[object Error]";
    mapTag6 = "[object Map]";
    numberTag4 = "[object Number]";
    regexpTag4 = "[object RegExp]";
    setTag6 = "[object Set]";
    stringTag4 = "[object String]";
    symbolTag4 = "[object Symbol]";
    arrayBufferTag4 = "[object ArrayBuffer]";
    dataViewTag5 = "[object DataView]";
    symbolProto3 = Symbol_default ? Symbol_default.prototype : void 0;
    symbolValueOf2 = symbolProto3 ? symbolProto3.valueOf : void 0;
    equalByTag_default = equalByTag;
  }
});

// node_modules/lodash-es/_equalObjects.js
function equalObjects(object, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG3, objProps = getAllKeys_default(object), objLength = objProps.length, othProps = getAllKeys_default(other), othLength = othProps.length;
  if (objLength != othLength && !isPartial) {
    return false;
  }
  var index = objLength;
  while (index--) {
    var key = objProps[index];
    if (!(isPartial ? key in other : hasOwnProperty12.call(other, key))) {
      return false;
    }
  }
  var objStacked = stack.get(object);
  var othStacked = stack.get(other);
  if (objStacked && othStacked) {
    return objStacked == other && othStacked == object;
  }
  var result = true;
  stack.set(object, other);
  stack.set(other, object);
  var skipCtor = isPartial;
  while (++index < objLength) {
    key = objProps[index];
    var objValue = object[key], othValue = other[key];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, objValue, key, other, object, stack) : customizer(objValue, othValue, key, object, other, stack);
    }
    if (!(compared === void 0 ? objValue === othValue || equalFunc(objValue, othValue, bitmask, customizer, stack) : compared)) {
      result = false;
      break;
    }
    skipCtor || (skipCtor = key == "constructor");
  }
  if (result && !skipCtor) {
    var objCtor = object.constructor, othCtor = other.constructor;
    if (objCtor != othCtor && ("constructor" in object && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
      result = false;
    }
  }
  stack["delete"](object);
  stack["delete"](other);
  return result;
}
var COMPARE_PARTIAL_FLAG3, objectProto15, hasOwnProperty12, equalObjects_default;
var init_equalObjects = __esm({
  "node_modules/lodash-es/_equalObjects.js"() {
    init_getAllKeys();
    COMPARE_PARTIAL_FLAG3 = 1;
    objectProto15 = Object.prototype;
    hasOwnProperty12 = objectProto15.hasOwnProperty;
    equalObjects_default = equalObjects;
  }
});

// node_modules/lodash-es/_baseIsEqualDeep.js
function baseIsEqualDeep(object, other, bitmask, customizer, equalFunc, stack) {
  var objIsArr = isArray_default(object), othIsArr = isArray_default(other), objTag = objIsArr ? arrayTag3 : getTag_default(object), othTag = othIsArr ? arrayTag3 : getTag_default(other);
  objTag = objTag == argsTag4 ? objectTag4 : objTag;
  othTag = othTag == argsTag4 ? objectTag4 : othTag;
  var objIsObj = objTag == objectTag4, othIsObj = othTag == objectTag4, isSameTag = objTag == othTag;
  if (isSameTag && isBuffer_default(object)) {
    if (!isBuffer_default(other)) {
      return false;
    }
    objIsArr = true;
    objIsObj = false;
  }
  if (isSameTag && !objIsObj) {
    stack || (stack = new Stack_default());
    return objIsArr || isTypedArray_default(object) ? equalArrays_default(object, other, bitmask, customizer, equalFunc, stack) : equalByTag_default(object, other, objTag, bitmask, customizer, equalFunc, stack);
  }
  if (!(bitmask & COMPARE_PARTIAL_FLAG4)) {
    var objIsWrapped = objIsObj && hasOwnProperty13.call(object, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty13.call(other, "__wrapped__");
    if (objIsWrapped || othIsWrapped) {
      var objUnwrapped = objIsWrapped ? object.value() : object, othUnwrapped = othIsWrapped ? other.value() : other;
      stack || (stack = new Stack_default());
      return equalFunc(objUnwrapped, othUnwrapped, bitmask, customizer, stack);
    }
  }
  if (!isSameTag) {
    return false;
  }
  stack || (stack = new Stack_default());
  return equalObjects_default(object, other, bitmask, customizer, equalFunc, stack);
}
var COMPARE_PARTIAL_FLAG4, argsTag4, arrayTag3, objectTag4, objectProto16, hasOwnProperty13, baseIsEqualDeep_default;
var init_baseIsEqualDeep = __esm({
  "node_modules/lodash-es/_baseIsEqualDeep.js"() {
    init_Stack();
    init_equalArrays();
    init_equalByTag();
    init_equalObjects();
    init_getTag();
    init_isArray();
    init_isBuffer();
    init_isTypedArray();
    COMPARE_PARTIAL_FLAG4 = 1;
    argsTag4 = "[object Arguments]";
    arrayTag3 = "[object Array]";
    objectTag4 = "[object Object]";
    objectProto16 = Object.prototype;
    hasOwnProperty13 = objectProto16.hasOwnProperty;
    baseIsEqualDeep_default = baseIsEqualDeep;
  }
});

// node_modules/lodash-es/_baseIsEqual.js
function baseIsEqual(value, other, bitmask, customizer, stack) {
  if (value === other) {
    return true;
  }
  if (value == null || other == null || !isObjectLike_default(value) && !isObjectLike_default(other)) {
    return value !== value && other !== other;
  }
  return baseIsEqualDeep_default(value, other, bitmask, customizer, baseIsEqual, stack);
}
var baseIsEqual_default;
var init_baseIsEqual = __esm({
  "node_modules/lodash-es/_baseIsEqual.js"() {
    init_baseIsEqualDeep();
    init_isObjectLike();
    baseIsEqual_default = baseIsEqual;
  }
});

// node_modules/lodash-es/_baseIsMatch.js
function baseIsMatch(object, source, matchData, customizer) {
  var index = matchData.length, length = index, noCustomizer = !customizer;
  if (object == null) {
    return !length;
  }
  object = Object(object);
  while (index--) {
    var data = matchData[index];
    if (noCustomizer && data[2] ? data[1] !== object[data[0]] : !(data[0] in object)) {
      return false;
    }
  }
  while (++index < length) {
    data = matchData[index];
    var key = data[0], objValue = object[key], srcValue = data[1];
    if (noCustomizer && data[2]) {
      if (objValue === void 0 && !(key in object)) {
        return false;
      }
    } else {
      var stack = new Stack_default();
      if (customizer) {
        var result = customizer(objValue, srcValue, key, object, source, stack);
      }
      if (!(result === void 0 ? baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG5 | COMPARE_UNORDERED_FLAG3, customizer, stack) : result)) {
        return false;
      }
    }
  }
  return true;
}
var COMPARE_PARTIAL_FLAG5, COMPARE_UNORDERED_FLAG3, baseIsMatch_default;
var init_baseIsMatch = __esm({
  "node_modules/lodash-es/_baseIsMatch.js"() {
    init_Stack();
    init_baseIsEqual();
    COMPARE_PARTIAL_FLAG5 = 1;
    COMPARE_UNORDERED_FLAG3 = 2;
    baseIsMatch_default = baseIsMatch;
  }
});

// node_modules/lodash-es/_isStrictComparable.js
function isStrictComparable(value) {
  return value === value && !isObject_default(value);
}
var isStrictComparable_default;
var init_isStrictComparable = __esm({
  "node_modules/lodash-es/_isStrictComparable.js"() {
    init_isObject();
    isStrictComparable_default = isStrictComparable;
  }
});

// node_modules/lodash-es/_getMatchData.js
function getMatchData(object) {
  var result = keys_default(object), length = result.length;
  while (length--) {
    var key = result[length], value = object[key];
    result[length] = [key, value, isStrictComparable_default(value)];
  }
  return result;
}
var getMatchData_default;
var init_getMatchData = __esm({
  "node_modules/lodash-es/_getMatchData.js"() {
    init_isStrictComparable();
    init_keys();
    getMatchData_default = getMatchData;
  }
});

// node_modules/lodash-es/_matchesStrictComparable.js
function matchesStrictComparable(key, srcValue) {
  return function(object) {
    if (object == null) {
      return false;
    }
    return object[key] === srcValue && (srcValue !== void 0 || key in Object(object));
  };
}
var matchesStrictComparable_default;
var init_matchesStrictComparable = __esm({
  "node_modules/lodash-es/_matchesStrictComparable.js"() {
    matchesStrictComparable_default = matchesStrictComparable;
  }
});

// node_modules/lodash-es/_baseMatches.js
function baseMatches(source) {
  var matchData = getMatchData_default(source);
  if (matchData.length == 1 && matchData[0][2]) {
    return matchesStrictComparable_default(matchData[0][0], matchData[0][1]);
  }
  return function(object) {
    return object === source || baseIsMatch_default(object, source, matchData);
  };
}
var baseMatches_default;
var init_baseMatches = __esm({
  "node_modules/lodash-es/_baseMatches.js"() {
    init_baseIsMatch();
    init_getMatchData();
    init_matchesStrictComparable();
    baseMatches_default = baseMatches;
  }
});

// node_modules/lodash-es/_baseHasIn.js
function baseHasIn(object, key) {
  return object != null && key in Object(object);
}
var baseHasIn_default;
var init_baseHasIn = __esm({
  "node_modules/lodash-es/_baseHasIn.js"() {
    baseHasIn_default = baseHasIn;
  }
});

// node_modules/lodash-es/_hasPath.js
function hasPath(object, path, hasFunc) {
  path = castPath_default(path, object);
  var index = -1, length = path.length, result = false;
  while (++index < length) {
    var key = toKey_default(path[index]);
    if (!(result = object != null && hasFunc(object, key))) {
      break;
    }
    object = object[key];
  }
  if (result || ++index != length) {
    return result;
  }
  length = object == null ? 0 : object.length;
  return !!length && isLength_default(length) && isIndex_default(key, length) && (isArray_default(object) || isArguments_default(object));
}
var hasPath_default;
var init_hasPath = __esm({
  "node_modules/lodash-es/_hasPath.js"() {
    init_castPath();
    init_isArguments();
    init_isArray();
    init_isIndex();
    init_isLength();
    init_toKey();
    hasPath_default = hasPath;
  }
});

// node_modules/lodash-es/hasIn.js
function hasIn(object, path) {
  return object != null && hasPath_default(object, path, baseHasIn_default);
}
var hasIn_default;
var init_hasIn = __esm({
  "node_modules/lodash-es/hasIn.js"() {
    init_baseHasIn();
    init_hasPath();
    hasIn_default = hasIn;
  }
});

// node_modules/lodash-es/_baseMatchesProperty.js
function baseMatchesProperty(path, srcValue) {
  if (isKey_default(path) && isStrictComparable_default(srcValue)) {
    return matchesStrictComparable_default(toKey_default(path), srcValue);
  }
  return function(object) {
    var objValue = get_default(object, path);
    return objValue === void 0 && objValue === srcValue ? hasIn_default(object, path) : baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG6 | COMPARE_UNORDERED_FLAG4);
  };
}
var COMPARE_PARTIAL_FLAG6, COMPARE_UNORDERED_FLAG4, baseMatchesProperty_default;
var init_baseMatchesProperty = __esm({
  "node_modules/lodash-es/_baseMatchesProperty.js"() {
    init_baseIsEqual();
    init_get();
    init_hasIn();
    init_isKey();
    init_isStrictComparable();
    init_matchesStrictComparable();
    init_toKey();
    COMPARE_PARTIAL_FLAG6 = 1;
    COMPARE_UNORDERED_FLAG4 = 2;
    baseMatchesProperty_default = baseMatchesProperty;
  }
});

// node_modules/lodash-es/_baseProperty.js
function baseProperty(key) {
  return function(object) {
    return object == null ? void 0 : object[key];
  };
}
var baseProperty_default;
var init_baseProperty = __esm({
  "node_modules/lodash-es/_baseProperty.js"() {
    baseProperty_default = baseProperty;
  }
});

// node_modules/lodash-es/_basePropertyDeep.js
function basePropertyDeep(path) {
  return function(object) {
    return baseGet_default(object, path);
  };
}
var basePropertyDeep_default;
var init_basePropertyDeep = __esm({
  "node_modules/lodash-es/_basePropertyDeep.js"() {
    init_baseGet();
    basePropertyDeep_default = basePropertyDeep;
  }
});

// node_modules/lodash-es/property.js
function property(path) {
  return isKey_default(path) ? baseProperty_default(toKey_default(path)) : basePropertyDeep_default(path);
}
var property_default;
var init_property = __esm({
  "node_modules/lodash-es/property.js"() {
    init_baseProperty();
    init_basePropertyDeep();
    init_isKey();
    init_toKey();
    property_default = property;
  }
});

// node_modules/lodash-es/_baseIteratee.js
function baseIteratee(value) {
  if (typeof value == "function") {
    return value;
  }
  if (value == null) {
    return identity_default;
  }
  if (typeof value == "object") {
    return isArray_default(value) ? baseMatchesProperty_default(value[0], value[1]) : baseMatches_default(value);
  }
  return property_default(value);
}
var baseIteratee_default;
var init_baseIteratee = __esm({
  "node_modules/lodash-es/_baseIteratee.js"() {
    init_baseMatches();
    init_baseMatchesProperty();
    init_identity();
    init_isArray();
    init_property();
    baseIteratee_default = baseIteratee;
  }
});

// node_modules/lodash-es/_arrayAggregator.js
function arrayAggregator(array, setter, iteratee, accumulator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    var value = array[index];
    setter(accumulator, value, iteratee(value), array);
  }
  return accumulator;
}
var arrayAggregator_default;
var init_arrayAggregator = __esm({
  "node_modules/lodash-es/_arrayAggregator.js"() {
    arrayAggregator_default = arrayAggregator;
  }
});

// node_modules/lodash-es/_createBaseFor.js
function createBaseFor(fromRight) {
  return function(object, iteratee, keysFunc) {
    var index = -1, iterable = Object(object), props = keysFunc(object), length = props.length;
    while (length--) {
      var key = props[fromRight ? length : ++index];
      if (iteratee(iterable[key], key, iterable) === false) {
        break;
      }
    }
    return object;
  };
}
var createBaseFor_default;
var init_createBaseFor = __esm({
  "node_modules/lodash-es/_createBaseFor.js"() {
    createBaseFor_default = createBaseFor;
  }
});

// node_modules/lodash-es/_baseFor.js
var baseFor, baseFor_default;
var init_baseFor = __esm({
  "node_modules/lodash-es/_baseFor.js"() {
    init_createBaseFor();
    baseFor = createBaseFor_default();
    baseFor_default = baseFor;
  }
});

// node_modules/lodash-es/_baseForOwn.js
function baseForOwn(object, iteratee) {
  return object && baseFor_default(object, iteratee, keys_default);
}
var baseForOwn_default;
var init_baseForOwn = __esm({
  "node_modules/lodash-es/_baseForOwn.js"() {
    init_baseFor();
    init_keys();
    baseForOwn_default = baseForOwn;
  }
});

// node_modules/lodash-es/_createBaseEach.js
function createBaseEach(eachFunc, fromRight) {
  return function(collection, iteratee) {
    if (collection == null) {
      return collection;
    }
    if (!isArrayLike_default(collection)) {
      return eachFunc(collection, iteratee);
    }
    var length = collection.length, index = fromRight ? length : -1, iterable = Object(collection);
    while (fromRight ? index-- : ++index < length) {
      if (iteratee(iterable[index], index, iterable) === false) {
        break;
      }
    }
    return collection;
  };
}
var createBaseEach_default;
var init_createBaseEach = __esm({
  "node_modules/lodash-es/_createBaseEach.js"() {
    init_isArrayLike();
    createBaseEach_default = createBaseEach;
  }
});

// node_modules/lodash-es/_baseEach.js
var baseEach, baseEach_default;
var init_baseEach = __esm({
  "node_modules/lodash-es/_baseEach.js"() {
    init_baseForOwn();
    init_createBaseEach();
    baseEach = createBaseEach_default(baseForOwn_default);
    baseEach_default = baseEach;
  }
});

// node_modules/lodash-es/_baseAggregator.js
function baseAggregator(collection, setter, iteratee, accumulator) {
  baseEach_default(collection, function(value, key, collection2) {
    setter(accumulator, value, iteratee(value), collection2);
  });
  return accumulator;
}
var baseAggregator_default;
var init_baseAggregator = __esm({
  "node_modules/lodash-es/_baseAggregator.js"() {
    init_baseEach();
    baseAggregator_default = baseAggregator;
  }
});

// node_modules/lodash-es/_createAggregator.js
function createAggregator(setter, initializer) {
  return function(collection, iteratee) {
    var func = isArray_default(collection) ? arrayAggregator_default : baseAggregator_default, accumulator = initializer ? initializer() : {};
    return func(collection, setter, baseIteratee_default(iteratee, 2), accumulator);
  };
}
var createAggregator_default;
var init_createAggregator = __esm({
  "node_modules/lodash-es/_createAggregator.js"() {
    init_arrayAggregator();
    init_baseAggregator();
    init_baseIteratee();
    init_isArray();
    createAggregator_default = createAggregator;
  }
});

// node_modules/lodash-es/defaults.js
var objectProto17, hasOwnProperty14, defaults, defaults_default;
var init_defaults = __esm({
  "node_modules/lodash-es/defaults.js"() {
    init_baseRest();
    init_eq();
    init_isIterateeCall();
    init_keysIn();
    objectProto17 = Object.prototype;
    hasOwnProperty14 = objectProto17.hasOwnProperty;
    defaults = baseRest_default(function(object, sources) {
      object = Object(object);
      var index = -1;
      var length = sources.length;
      var guard = length > 2 ? sources[2] : void 0;
      if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
        length = 1;
      }
      while (++index < length) {
        var source = sources[index];
        var props = keysIn_default(source);
        var propsIndex = -1;
        var propsLength = props.length;
        while (++propsIndex < propsLength) {
          var key = props[propsIndex];
          var value = object[key];
          if (value === void 0 || eq_default(value, objectProto17[key]) && !hasOwnProperty14.call(object, key)) {
            object[key] = source[key];
          }
        }
      }
      return object;
    });
    defaults_default = defaults;
  }
});

// node_modules/lodash-es/isArrayLikeObject.js
function isArrayLikeObject(value) {
  return isObjectLike_default(value) && isArrayLike_default(value);
}
var isArrayLikeObject_default;
var init_isArrayLikeObject = __esm({
  "node_modules/lodash-es/isArrayLikeObject.js"() {
    init_isArrayLike();
    init_isObjectLike();
    isArrayLikeObject_default = isArrayLikeObject;
  }
});

// node_modules/lodash-es/_arrayIncludesWith.js
function arrayIncludesWith(array, value, comparator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (comparator(value, array[index])) {
      return true;
    }
  }
  return false;
}
var arrayIncludesWith_default;
var init_arrayIncludesWith = __esm({
  "node_modules/lodash-es/_arrayIncludesWith.js"() {
    arrayIncludesWith_default = arrayIncludesWith;
  }
});

// node_modules/lodash-es/_baseDifference.js
function baseDifference(array, values2, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, isCommon = true, length = array.length, result = [], valuesLength = values2.length;
  if (!length) {
    return result;
  }
  if (iteratee) {
    values2 = arrayMap_default(values2, baseUnary_default(iteratee));
  }
  if (comparator) {
    includes2 = arrayIncludesWith_default;
    isCommon = false;
  } else if (values2.length >= LARGE_ARRAY_SIZE2) {
    includes2 = cacheHas_default;
    isCommon = false;
    values2 = new SetCache_default(values2);
  }
  outer:
    while (++index < length) {
      var value = array[index], computed = iteratee == null ? value : iteratee(value);
      value = comparator || value !== 0 ? value : 0;
      if (isCommon && computed === computed) {
        var valuesIndex = valuesLength;
        while (valuesIndex--) {
          if (values2[valuesIndex] === computed) {
            continue outer;
          }
        }
        result.push(value);
      } else if (!includes2(values2, computed, comparator)) {
        result.push(value);
      }
    }
  return result;
}
var LARGE_ARRAY_SIZE2, baseDifference_default;
var init_baseDifference = __esm({
  "node_modules/lodash-es/_baseDifference.js"() {
    init_SetCache();
    init_arrayIncludes();
    init_arrayIncludesWith();
    init_arrayMap();
    init_baseUnary();
    init_cacheHas();
    LARGE_ARRAY_SIZE2 = 200;
    baseDifference_default = baseDifference;
  }
});

// node_modules/lodash-es/difference.js
var difference, difference_default;
var init_difference = __esm({
  "node_modules/lodash-es/difference.js"() {
    init_baseDifference();
    init_baseFlatten();
    init_baseRest();
    init_isArrayLikeObject();
    difference = baseRest_default(function(array, values2) {
      return isArrayLikeObject_default(array) ? baseDifference_default(array, baseFlatten_default(values2, 1, isArrayLikeObject_default, true)) : [];
    });
    difference_default = difference;
  }
});

// node_modules/lodash-es/last.js
function last(array) {
  var length = array == null ? 0 : array.length;
  return length ? array[length - 1] : void 0;
}
var last_default;
var init_last = __esm({
  "node_modules/lodash-es/last.js"() {
    last_default = last;
  }
});

// node_modules/lodash-es/drop.js
function drop(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  return baseSlice_default(array, n < 0 ? 0 : n, length);
}
var drop_default;
var init_drop = __esm({
  "node_modules/lodash-es/drop.js"() {
    init_baseSlice();
    init_toInteger();
    drop_default = drop;
  }
});

// node_modules/lodash-es/dropRight.js
function dropRight(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  n = length - n;
  return baseSlice_default(array, 0, n < 0 ? 0 : n);
}
var dropRight_default;
var init_dropRight = __esm({
  "node_modules/lodash-es/dropRight.js"() {
    init_baseSlice();
    init_toInteger();
    dropRight_default = dropRight;
  }
});

// node_modules/lodash-es/_castFunction.js
function castFunction(value) {
  return typeof value == "function" ? value : identity_default;
}
var castFunction_default;
var init_castFunction = __esm({
  "node_modules/lodash-es/_castFunction.js"() {
    init_identity();
    castFunction_default = castFunction;
  }
});

// node_modules/lodash-es/forEach.js
function forEach(collection, iteratee) {
  var func = isArray_default(collection) ? arrayEach_default : baseEach_default;
  return func(collection, castFunction_default(iteratee));
}
var forEach_default;
var init_forEach = __esm({
  "node_modules/lodash-es/forEach.js"() {
    init_arrayEach();
    init_baseEach();
    init_castFunction();
    init_isArray();
    forEach_default = forEach;
  }
});

// node_modules/lodash-es/_arrayEvery.js
function arrayEvery(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (!predicate(array[index], index, array)) {
      return false;
    }
  }
  return true;
}
var arrayEvery_default;
var init_arrayEvery = __esm({
  "node_modules/lodash-es/_arrayEvery.js"() {
    arrayEvery_default = arrayEvery;
  }
});

// node_modules/lodash-es/_baseEvery.js
function baseEvery(collection, predicate) {
  var result = true;
  baseEach_default(collection, function(value, index, collection2) {
    result = !!predicate(value, index, collection2);
    return result;
  });
  return result;
}
var baseEvery_default;
var init_baseEvery = __esm({
  "node_modules/lodash-es/_baseEvery.js"() {
    init_baseEach();
    baseEvery_default = baseEvery;
  }
});

// node_modules/lodash-es/every.js
function every(collection, predicate, guard) {
  var func = isArray_default(collection) ? arrayEvery_default : baseEvery_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var every_default;
var init_every = __esm({
  "node_modules/lodash-es/every.js"() {
    init_arrayEvery();
    init_baseEvery();
    init_baseIteratee();
    init_isArray();
    init_isIterateeCall();
    every_default = every;
  }
});

// node_modules/lodash-es/_baseFilter.js
function baseFilter(collection, predicate) {
  var result = [];
  baseEach_default(collection, function(value, index, collection2) {
    if (predicate(value, index, collection2)) {
      result.push(value);
    }
  });
  return result;
}
var baseFilter_default;
var init_baseFilter = __esm({
  "node_modules/lodash-es/_baseFilter.js"() {
    init_baseEach();
    baseFilter_default = baseFilter;
  }
});

// node_modules/lodash-es/filter.js
function filter(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, baseIteratee_default(predicate, 3));
}
var filter_default;
var init_filter = __esm({
  "node_modules/lodash-es/filter.js"() {
    init_arrayFilter();
    init_baseFilter();
    init_baseIteratee();
    init_isArray();
    filter_default = filter;
  }
});

// node_modules/lodash-es/_createFind.js
function createFind(findIndexFunc) {
  return function(collection, predicate, fromIndex) {
    var iterable = Object(collection);
    if (!isArrayLike_default(collection)) {
      var iteratee = baseIteratee_default(predicate, 3);
      collection = keys_default(collection);
      predicate = function(key) {
        return iteratee(iterable[key], key, iterable);
      };
    }
    var index = findIndexFunc(collection, predicate, fromIndex);
    return index > -1 ? iterable[iteratee ? collection[index] : index] : void 0;
  };
}
var createFind_default;
var init_createFind = __esm({
  "node_modules/lodash-es/_createFind.js"() {
    init_baseIteratee();
    init_isArrayLike();
    init_keys();
    createFind_default = createFind;
  }
});

// node_modules/lodash-es/findIndex.js
function findIndex(array, predicate, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax2(length + index, 0);
  }
  return baseFindIndex_default(array, baseIteratee_default(predicate, 3), index);
}
var nativeMax2, findIndex_default;
var init_findIndex = __esm({
  "node_modules/lodash-es/findIndex.js"() {
    init_baseFindIndex();
    init_baseIteratee();
    init_toInteger();
    nativeMax2 = Math.max;
    findIndex_default = findIndex;
  }
});

// node_modules/lodash-es/find.js
var find, find_default;
var init_find = __esm({
  "node_modules/lodash-es/find.js"() {
    init_createFind();
    init_findIndex();
    find = createFind_default(findIndex_default);
    find_default = find;
  }
});

// node_modules/lodash-es/head.js
function head(array) {
  return array && array.length ? array[0] : void 0;
}
var head_default;
var init_head = __esm({
  "node_modules/lodash-es/head.js"() {
    head_default = head;
  }
});

// node_modules/lodash-es/first.js
var init_first = __esm({
  "node_modules/lodash-es/first.js"() {
    init_head();
  }
});

// node_modules/lodash-es/_baseMap.js
function baseMap(collection, iteratee) {
  var index = -1, result = isArrayLike_default(collection) ? Array(collection.length) : [];
  baseEach_default(collection, function(value, key, collection2) {
    result[++index] = iteratee(value, key, collection2);
  });
  return result;
}
var baseMap_default;
var init_baseMap = __esm({
  "node_modules/lodash-es/_baseMap.js"() {
    init_baseEach();
    init_isArrayLike();
    baseMap_default = baseMap;
  }
});

// node_modules/lodash-es/map.js
function map(collection, iteratee) {
  var func = isArray_default(collection) ? arrayMap_default : baseMap_default;
  return func(collection, baseIteratee_default(iteratee, 3));
}
var map_default;
var init_map = __esm({
  "node_modules/lodash-es/map.js"() {
    init_arrayMap();
    init_baseIteratee();
    init_baseMap();
    init_isArray();
    map_default = map;
  }
});

// node_modules/lodash-es/flatMap.js
function flatMap(collection, iteratee) {
  return baseFlatten_default(map_default(collection, iteratee), 1);
}
var flatMap_default;
var init_flatMap = __esm({
  "node_modules/lodash-es/flatMap.js"() {
    init_baseFlatten();
    init_map();
    flatMap_default = flatMap;
  }
});

// node_modules/lodash-es/groupBy.js
var objectProto18, hasOwnProperty15, groupBy, groupBy_default;
var init_groupBy = __esm({
  "node_modules/lodash-es/groupBy.js"() {
    init_baseAssignValue();
    init_createAggregator();
    objectProto18 = Object.prototype;
    hasOwnProperty15 = objectProto18.hasOwnProperty;
    groupBy = createAggregator_default(function(result, value, key) {
      if (hasOwnProperty15.call(result, key)) {
        result[key].push(value);
      } else {
        baseAssignValue_default(result, key, [value]);
      }
    });
    groupBy_default = groupBy;
  }
});

// node_modules/lodash-es/_baseHas.js
function baseHas(object, key) {
  return object != null && hasOwnProperty16.call(object, key);
}
var objectProto19, hasOwnProperty16, baseHas_default;
var init_baseHas = __esm({
  "node_modules/lodash-es/_baseHas.js"() {
    objectProto19 = Object.prototype;
    hasOwnProperty16 = objectProto19.hasOwnProperty;
    baseHas_default = baseHas;
  }
});

// node_modules/lodash-es/has.js
function has(object, path) {
  return object != null && hasPath_default(object, path, baseHas_default);
}
var has_default;
var init_has = __esm({
  "node_modules/lodash-es/has.js"() {
    init_baseHas();
    init_hasPath();
    has_default = has;
  }
});

// node_modules/lodash-es/isString.js
function isString(value) {
  return typeof value == "string" || !isArray_default(value) && isObjectLike_default(value) && baseGetTag_default(value) == stringTag5;
}
var stringTag5, isString_default;
var init_isString = __esm({
  "node_modules/lodash-es/isString.js"() {
    init_baseGetTag();
    init_isArray();
    init_isObjectLike();
    stringTag5 = "[object String]";
    isString_default = isString;
  }
});

// node_modules/lodash-es/_baseValues.js
function baseValues(object, props) {
  return arrayMap_default(props, function(key) {
    return object[key];
  });
}
var baseValues_default;
var init_baseValues = __esm({
  "node_modules/lodash-es/_baseValues.js"() {
    init_arrayMap();
    baseValues_default = baseValues;
  }
});

// node_modules/lodash-es/values.js
function values(object) {
  return object == null ? [] : baseValues_default(object, keys_default(object));
}
var values_default;
var init_values = __esm({
  "node_modules/lodash-es/values.js"() {
    init_baseValues();
    init_keys();
    values_default = values;
  }
});

// node_modules/lodash-es/includes.js
function includes(collection, value, fromIndex, guard) {
  collection = isArrayLike_default(collection) ? collection : values_default(collection);
  fromIndex = fromIndex && !guard ? toInteger_default(fromIndex) : 0;
  var length = collection.length;
  if (fromIndex < 0) {
    fromIndex = nativeMax3(length + fromIndex, 0);
  }
  return isString_default(collection) ? fromIndex <= length && collection.indexOf(value, fromIndex) > -1 : !!length && baseIndexOf_default(collection, value, fromIndex) > -1;
}
var nativeMax3, includes_default;
var init_includes = __esm({
  "node_modules/lodash-es/includes.js"() {
    init_baseIndexOf();
    init_isArrayLike();
    init_isString();
    init_toInteger();
    init_values();
    nativeMax3 = Math.max;
    includes_default = includes;
  }
});

// node_modules/lodash-es/indexOf.js
function indexOf(array, value, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax4(length + index, 0);
  }
  return baseIndexOf_default(array, value, index);
}
var nativeMax4, indexOf_default;
var init_indexOf = __esm({
  "node_modules/lodash-es/indexOf.js"() {
    init_baseIndexOf();
    init_toInteger();
    nativeMax4 = Math.max;
    indexOf_default = indexOf;
  }
});

// node_modules/lodash-es/isEmpty.js
function isEmpty(value) {
  if (value == null) {
    return true;
  }
  if (isArrayLike_default(value) && (isArray_default(value) || typeof value == "string" || typeof value.splice == "function" || isBuffer_default(value) || isTypedArray_default(value) || isArguments_default(value))) {
    return !value.length;
  }
  var tag = getTag_default(value);
  if (tag == mapTag7 || tag == setTag7) {
    return !value.size;
  }
  if (isPrototype_default(value)) {
    return !baseKeys_default(value).length;
  }
  for (var key in value) {
    if (hasOwnProperty17.call(value, key)) {
      return false;
    }
  }
  return true;
}
var mapTag7, setTag7, objectProto20, hasOwnProperty17, isEmpty_default;
var init_isEmpty = __esm({
  "node_modules/lodash-es/isEmpty.js"() {
    init_baseKeys();
    init_getTag();
    init_isArguments();
    init_isArray();
    init_isArrayLike();
    init_isBuffer();
    init_isPrototype();
    init_isTypedArray();
    mapTag7 = "[object Map]";
    setTag7 = "[object Set]";
    objectProto20 = Object.prototype;
    hasOwnProperty17 = objectProto20.hasOwnProperty;
    isEmpty_default = isEmpty;
  }
});

// node_modules/lodash-es/_baseIsRegExp.js
function baseIsRegExp(value) {
  return isObjectLike_default(value) && baseGetTag_default(value) == regexpTag5;
}
var regexpTag5, baseIsRegExp_default;
var init_baseIsRegExp = __esm({
  "node_modules/lodash-es/_baseIsRegExp.js"() {
    init_baseGetTag();
    init_isObjectLike();
    regexpTag5 = "[object RegExp]";
    baseIsRegExp_default = baseIsRegExp;
  }
});

// node_modules/lodash-es/isRegExp.js
var nodeIsRegExp, isRegExp, isRegExp_default;
var init_isRegExp = __esm({
  "node_modules/lodash-es/isRegExp.js"() {
    init_baseIsRegExp();
    init_baseUnary();
    init_nodeUtil();
    nodeIsRegExp = nodeUtil_default && nodeUtil_default.isRegExp;
    isRegExp = nodeIsRegExp ? baseUnary_default(nodeIsRegExp) : baseIsRegExp_default;
    isRegExp_default = isRegExp;
  }
});

// node_modules/lodash-es/isUndefined.js
function isUndefined(value) {
  return value === void 0;
}
var isUndefined_default;
var init_isUndefined = __esm({
  "node_modules/lodash-es/isUndefined.js"() {
    isUndefined_default = isUndefined;
  }
});

// node_modules/lodash-es/negate.js
function negate(predicate) {
  if (typeof predicate != "function") {
    throw new TypeError(FUNC_ERROR_TEXT2);
  }
  return function() {
    var args = arguments;
    switch (args.length) {
      case 0:
        return !predicate.call(this);
      case 1:
        return !predicate.call(this, args[0]);
      case 2:
        return !predicate.call(this, args[0], args[1]);
      case 3:
        return !predicate.call(this, args[0], args[1], args[2]);
    }
    return !predicate.apply(this, args);
  };
}
var FUNC_ERROR_TEXT2, negate_default;
var init_negate = __esm({
  "node_modules/lodash-es/negate.js"() {
    FUNC_ERROR_TEXT2 = "Expected a function";
    negate_default = negate;
  }
});

// node_modules/lodash-es/_baseSet.js
function baseSet(object, path, value, customizer) {
  if (!isObject_default(object)) {
    return object;
  }
  path = castPath_default(path, object);
  var index = -1, length = path.length, lastIndex = length - 1, nested = object;
  while (nested != null && ++index < length) {
    var key = toKey_default(path[index]), newValue = value;
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      return object;
    }
    if (index != lastIndex) {
      var objValue = nested[key];
      newValue = customizer ? customizer(objValue, key, nested) : void 0;
      if (newValue === void 0) {
        newValue = isObject_default(objValue) ? objValue : isIndex_default(path[index + 1]) ? [] : {};
      }
    }
    assignValue_default(nested, key, newValue);
    nested = nested[key];
  }
  return object;
}
var baseSet_default;
var init_baseSet = __esm({
  "node_modules/lodash-es/_baseSet.js"() {
    init_assignValue();
    init_castPath();
    init_isIndex();
    init_isObject();
    init_toKey();
    baseSet_default = baseSet;
  }
});

// node_modules/lodash-es/_basePickBy.js
function basePickBy(object, paths, predicate) {
  var index = -1, length = paths.length, result = {};
  while (++index < length) {
    var path = paths[index], value = baseGet_default(object, path);
    if (predicate(value, path)) {
      baseSet_default(result, castPath_default(path, object), value);
    }
  }
  return result;
}
var basePickBy_default;
var init_basePickBy = __esm({
  "node_modules/lodash-es/_basePickBy.js"() {
    init_baseGet();
    init_baseSet();
    init_castPath();
    basePickBy_default = basePickBy;
  }
});

// node_modules/lodash-es/pickBy.js
function pickBy(object, predicate) {
  if (object == null) {
    return {};
  }
  var props = arrayMap_default(getAllKeysIn_default(object), function(prop) {
    return [prop];
  });
  predicate = baseIteratee_default(predicate);
  return basePickBy_default(object, props, function(value, path) {
    return predicate(value, path[0]);
  });
}
var pickBy_default;
var init_pickBy = __esm({
  "node_modules/lodash-es/pickBy.js"() {
    init_arrayMap();
    init_baseIteratee();
    init_basePickBy();
    init_getAllKeysIn();
    pickBy_default = pickBy;
  }
});

// node_modules/lodash-es/_baseReduce.js
function baseReduce(collection, iteratee, accumulator, initAccum, eachFunc) {
  eachFunc(collection, function(value, index, collection2) {
    accumulator = initAccum ? (initAccum = false, value) : iteratee(accumulator, value, index, collection2);
  });
  return accumulator;
}
var baseReduce_default;
var init_baseReduce = __esm({
  "node_modules/lodash-es/_baseReduce.js"() {
    baseReduce_default = baseReduce;
  }
});

// node_modules/lodash-es/reduce.js
function reduce(collection, iteratee, accumulator) {
  var func = isArray_default(collection) ? arrayReduce_default : baseReduce_default, initAccum = arguments.length < 3;
  return func(collection, baseIteratee_default(iteratee, 4), accumulator, initAccum, baseEach_default);
}
var reduce_default;
var init_reduce = __esm({
  "node_modules/lodash-es/reduce.js"() {
    init_arrayReduce();
    init_baseEach();
    init_baseIteratee();
    init_baseReduce();
    init_isArray();
    reduce_default = reduce;
  }
});

// node_modules/lodash-es/reject.js
function reject(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, negate_default(baseIteratee_default(predicate, 3)));
}
var reject_default;
var init_reject = __esm({
  "node_modules/lodash-es/reject.js"() {
    init_arrayFilter();
    init_baseFilter();
    init_baseIteratee();
    init_isArray();
    init_negate();
    reject_default = reject;
  }
});

// node_modules/lodash-es/_baseSome.js
function baseSome(collection, predicate) {
  var result;
  baseEach_default(collection, function(value, index, collection2) {
    result = predicate(value, index, collection2);
    return !result;
  });
  return !!result;
}
var baseSome_default;
var init_baseSome = __esm({
  "node_modules/lodash-es/_baseSome.js"() {
    init_baseEach();
    baseSome_default = baseSome;
  }
});

// node_modules/lodash-es/some.js
function some(collection, predicate, guard) {
  var func = isArray_default(collection) ? arraySome_default : baseSome_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var some_default;
var init_some = __esm({
  "node_modules/lodash-es/some.js"() {
    init_arraySome();
    init_baseIteratee();
    init_baseSome();
    init_isArray();
    init_isIterateeCall();
    some_default = some;
  }
});

// node_modules/lodash-es/_createSet.js
var INFINITY4, createSet, createSet_default;
var init_createSet = __esm({
  "node_modules/lodash-es/_createSet.js"() {
    init_Set();
    init_noop();
    init_setToArray();
    INFINITY4 = 1 / 0;
    createSet = !(Set_default && 1 / setToArray_default(new Set_default([, -0]))[1] == INFINITY4) ? noop_default : function(values2) {
      return new Set_default(values2);
    };
    createSet_default = createSet;
  }
});

// node_modules/lodash-es/_baseUniq.js
function baseUniq(array, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, length = array.length, isCommon = true, result = [], seen = result;
  if (comparator) {
    isCommon = false;
    includes2 = arrayIncludesWith_default;
  } else if (length >= LARGE_ARRAY_SIZE3) {
    var set = iteratee ? null : createSet_default(array);
    if (set) {
      return setToArray_default(set);
    }
    isCommon = false;
    includes2 = cacheHas_default;
    seen = new SetCache_default();
  } else {
    seen = iteratee ? [] : result;
  }
  outer:
    while (++index < length) {
      var value = array[index], computed = iteratee ? iteratee(value) : value;
      value = comparator || value !== 0 ? value : 0;
      if (isCommon && computed === computed) {
        var seenIndex = seen.length;
        while (seenIndex--) {
          if (seen[seenIndex] === computed) {
            continue outer;
          }
        }
        if (iteratee) {
          seen.push(computed);
        }
        result.push(value);
      } else if (!includes2(seen, computed, comparator)) {
        if (seen !== result) {
          seen.push(computed);
        }
        result.push(value);
      }
    }
  return result;
}
var LARGE_ARRAY_SIZE3, baseUniq_default;
var init_baseUniq = __esm({
  "node_modules/lodash-es/_baseUniq.js"() {
    init_SetCache();
    init_arrayIncludes();
    init_arrayIncludesWith();
    init_cacheHas();
    init_createSet();
    init_setToArray();
    LARGE_ARRAY_SIZE3 = 200;
    baseUniq_default = baseUniq;
  }
});

// node_modules/lodash-es/uniq.js
function uniq(array) {
  return array && array.length ? baseUniq_default(array) : [];
}
var uniq_default;
var init_uniq = __esm({
  "node_modules/lodash-es/uniq.js"() {
    init_baseUniq();
    uniq_default = uniq;
  }
});

// node_modules/lodash-es/lodash.js
var init_lodash = __esm({
  "node_modules/lodash-es/lodash.js"() {
    init_assign();
    init_clone();
    init_compact();
    init_defaults();
    init_difference();
    init_drop();
    init_dropRight();
    init_every();
    init_filter();
    init_find();
    init_first();
    init_flatMap();
    init_flatten();
    init_forEach();
    init_groupBy();
    init_has();
    init_identity();
    init_includes();
    init_indexOf();
    init_isArray();
    init_isEmpty();
    init_isFunction();
    init_isObject();
    init_isRegExp();
    init_isString();
    init_isUndefined();
    init_keys();
    init_last();
    init_map();
    init_noop();
    init_pickBy();
    init_reduce();
    init_reject();
    init_some();
    init_uniq();
    init_values();
  }
});

// node_modules/@chevrotain/utils/lib/src/print.js
function PRINT_ERROR(msg) {
  if (console && console.error) {
    console.error(`Error: ${msg}`);
  }
}
function PRINT_WARNING(msg) {
  if (console && console.warn) {
    console.warn(`Warning: ${msg}`);
  }
}
var init_print = __esm({
  "node_modules/@chevrotain/utils/lib/src/print.js"() {
  }
});

// node_modules/@chevrotain/utils/lib/src/timer.js
function timer(func) {
  const start = (/* @__PURE__ */ new Date()).getTime();
  const val = func();
  const end = (/* @__PURE__ */ new Date()).getTime();
  const total = end - start;
  return { time: total, value: val };
}
var init_timer = __esm({
  "node_modules/@chevrotain/utils/lib/src/timer.js"() {
  }
});

// node_modules/@chevrotain/utils/lib/src/to-fast-properties.js
function toFastProperties(toBecomeFast) {
  function FakeConstructor() {
  }
  FakeConstructor.prototype = toBecomeFast;
  const fakeInstance = new FakeConstructor();
  function fakeAccess() {
    return typeof fakeInstance.bar;
  }
  fakeAccess();
  fakeAccess();
  if (1)
    return toBecomeFast;
  (0, eval)(toBecomeFast);
}
var init_to_fast_properties = __esm({
  "node_modules/@chevrotain/utils/lib/src/to-fast-properties.js"() {
  }
});

// node_modules/@chevrotain/utils/lib/src/api.js
var init_api = __esm({
  "node_modules/@chevrotain/utils/lib/src/api.js"() {
    init_print();
    init_timer();
    init_to_fast_properties();
  }
});

// node_modules/@chevrotain/gast/lib/src/model.js
function tokenLabel(tokType) {
  if (hasTokenLabel(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
function serializeGrammar(topRules) {
  return map_default(topRules, serializeProduction);
}
function serializeProduction(node) {
  function convertDefinition(definition) {
    return map_default(definition, serializeProduction);
  }
  if (node instanceof NonTerminal) {
    const serializedNonTerminal = {
      type: "NonTerminal",
      name: node.nonTerminalName,
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedNonTerminal.label = node.label;
    }
    return serializedNonTerminal;
  } else if (node instanceof Alternative) {
    return {
      type: "Alternative",
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Option2) {
    return {
      type: "Option",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatory) {
    return {
      type: "RepetitionMandatory",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatoryWithSeparator) {
    return {
      type: "RepetitionMandatoryWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionWithSeparator) {
    return {
      type: "RepetitionWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Repetition) {
    return {
      type: "Repetition",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Alternation) {
    return {
      type: "Alternation",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Terminal) {
    const serializedTerminal = {
      type: "Terminal",
      name: node.terminalType.name,
      label: tokenLabel(node.terminalType),
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedTerminal.terminalLabel = node.label;
    }
    const pattern = node.terminalType.PATTERN;
    if (node.terminalType.PATTERN) {
      serializedTerminal.pattern = isRegExp_default(pattern) ? pattern.source : pattern;
    }
    return serializedTerminal;
  } else if (node instanceof Rule) {
    return {
      type: "Rule",
      name: node.name,
      orgText: node.orgText,
      definition: convertDefinition(node.definition)
    };
  } else {
    throw Error("non exhaustive match");
  }
}
var AbstractProduction, NonTerminal, Rule, Alternative, Option2, RepetitionMandatory, RepetitionMandatoryWithSeparator, Repetition, RepetitionWithSeparator, Alternation, Terminal;
var init_model = __esm({
  "node_modules/@chevrotain/gast/lib/src/model.js"() {
    init_lodash();
    AbstractProduction = class {
      get definition() {
        return this._definition;
      }
      set definition(value) {
        this._definition = value;
      }
      constructor(_definition) {
        this._definition = _definition;
      }
      accept(visitor) {
        visitor.visit(this);
        forEach_default(this.definition, (prod) => {
          prod.accept(visitor);
        });
      }
    };
    NonTerminal = class extends AbstractProduction {
      constructor(options) {
        super([]);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
      set definition(definition) {
      }
      get definition() {
        if (this.referencedRule !== void 0) {
          return this.referencedRule.definition;
        }
        return [];
      }
      accept(visitor) {
        visitor.visit(this);
      }
    };
    Rule = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.orgText = "";
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Alternative = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.ignoreAmbiguities = false;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Option2 = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    RepetitionMandatory = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    RepetitionMandatoryWithSeparator = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Repetition = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    RepetitionWithSeparator = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Alternation = class extends AbstractProduction {
      get definition() {
        return this._definition;
      }
      set definition(value) {
        this._definition = value;
      }
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        this.ignoreAmbiguities = false;
        this.hasPredicates = false;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Terminal = class {
      constructor(options) {
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
      accept(visitor) {
        visitor.visit(this);
      }
    };
  }
});

// node_modules/@chevrotain/gast/lib/src/visitor.js
var GAstVisitor;
var init_visitor = __esm({
  "node_modules/@chevrotain/gast/lib/src/visitor.js"() {
    init_model();
    GAstVisitor = class {
      visit(node) {
        const nodeAny = node;
        switch (nodeAny.constructor) {
          case NonTerminal:
            return this.visitNonTerminal(nodeAny);
          case Alternative:
            return this.visitAlternative(nodeAny);
          case Option2:
            return this.visitOption(nodeAny);
          case RepetitionMandatory:
            return this.visitRepetitionMandatory(nodeAny);
          case RepetitionMandatoryWithSeparator:
            return this.visitRepetitionMandatoryWithSeparator(nodeAny);
          case RepetitionWithSeparator:
            return this.visitRepetitionWithSeparator(nodeAny);
          case Repetition:
            return this.visitRepetition(nodeAny);
          case Alternation:
            return this.visitAlternation(nodeAny);
          case Terminal:
            return this.visitTerminal(nodeAny);
          case Rule:
            return this.visitRule(nodeAny);
          /* c8 ignore next 2 */
          default:
            throw Error("non exhaustive match");
        }
      }
      /* c8 ignore next */
      visitNonTerminal(node) {
      }
      /* c8 ignore next */
      visitAlternative(node) {
      }
      /* c8 ignore next */
      visitOption(node) {
      }
      /* c8 ignore next */
      visitRepetition(node) {
      }
      /* c8 ignore next */
      visitRepetitionMandatory(node) {
      }
      /* c8 ignore next 3 */
      visitRepetitionMandatoryWithSeparator(node) {
      }
      /* c8 ignore next */
      visitRepetitionWithSeparator(node) {
      }
      /* c8 ignore next */
      visitAlternation(node) {
      }
      /* c8 ignore next */
      visitTerminal(node) {
      }
      /* c8 ignore next */
      visitRule(node) {
      }
    };
  }
});

// node_modules/@chevrotain/gast/lib/src/helpers.js
function isSequenceProd(prod) {
  return prod instanceof Alternative || prod instanceof Option2 || prod instanceof Repetition || prod instanceof RepetitionMandatory || prod instanceof RepetitionMandatoryWithSeparator || prod instanceof RepetitionWithSeparator || prod instanceof Terminal || prod instanceof Rule;
}
function isOptionalProd(prod, alreadyVisited = []) {
  const isDirectlyOptional = prod instanceof Option2 || prod instanceof Repetition || prod instanceof RepetitionWithSeparator;
  if (isDirectlyOptional) {
    return true;
  }
  if (prod instanceof Alternation) {
    return some_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else if (prod instanceof NonTerminal && includes_default(alreadyVisited, prod)) {
    return false;
  } else if (prod instanceof AbstractProduction) {
    if (prod instanceof NonTerminal) {
      alreadyVisited.push(prod);
    }
    return every_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else {
    return false;
  }
}
function isBranchingProd(prod) {
  return prod instanceof Alternation;
}
function getProductionDslName(prod) {
  if (prod instanceof NonTerminal) {
    return "SUBRULE";
  } else if (prod instanceof Option2) {
    return "OPTION";
  } else if (prod instanceof Alternation) {
    return "OR";
  } else if (prod instanceof RepetitionMandatory) {
    return "AT_LEAST_ONE";
  } else if (prod instanceof RepetitionMandatoryWithSeparator) {
    return "AT_LEAST_ONE_SEP";
  } else if (prod instanceof RepetitionWithSeparator) {
    return "MANY_SEP";
  } else if (prod instanceof Repetition) {
    return "MANY";
  } else if (prod instanceof Terminal) {
    return "CONSUME";
  } else {
    throw Error("non exhaustive match");
  }
}
var init_helpers = __esm({
  "node_modules/@chevrotain/gast/lib/src/helpers.js"() {
    init_lodash();
    init_model();
  }
});

// node_modules/@chevrotain/gast/lib/src/api.js
var init_api2 = __esm({
  "node_modules/@chevrotain/gast/lib/src/api.js"() {
    init_model();
    init_visitor();
    init_helpers();
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/rest.js
function restForRepetitionWithSeparator(repSepProd, currRest, prevRest) {
  const repSepRest = [
    new Option2({
      definition: [
        new Terminal({ terminalType: repSepProd.separator })
      ].concat(repSepProd.definition)
    })
  ];
  const fullRepSepRest = repSepRest.concat(currRest, prevRest);
  return fullRepSepRest;
}
var RestWalker;
var init_rest = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/rest.js"() {
    init_lodash();
    init_api2();
    RestWalker = class {
      walk(prod, prevRest = []) {
        forEach_default(prod.definition, (subProd, index) => {
          const currRest = drop_default(prod.definition, index + 1);
          if (subProd instanceof NonTerminal) {
            this.walkProdRef(subProd, currRest, prevRest);
          } else if (subProd instanceof Terminal) {
            this.walkTerminal(subProd, currRest, prevRest);
          } else if (subProd instanceof Alternative) {
            this.walkFlat(subProd, currRest, prevRest);
          } else if (subProd instanceof Option2) {
            this.walkOption(subProd, currRest, prevRest);
          } else if (subProd instanceof RepetitionMandatory) {
            this.walkAtLeastOne(subProd, currRest, prevRest);
          } else if (subProd instanceof RepetitionMandatoryWithSeparator) {
            this.walkAtLeastOneSep(subProd, currRest, prevRest);
          } else if (subProd instanceof RepetitionWithSeparator) {
            this.walkManySep(subProd, currRest, prevRest);
          } else if (subProd instanceof Repetition) {
            this.walkMany(subProd, currRest, prevRest);
          } else if (subProd instanceof Alternation) {
            this.walkOr(subProd, currRest, prevRest);
          } else {
            throw Error("non exhaustive match");
          }
        });
      }
      walkTerminal(terminal, currRest, prevRest) {
      }
      walkProdRef(refProd, currRest, prevRest) {
      }
      walkFlat(flatProd, currRest, prevRest) {
        const fullOrRest = currRest.concat(prevRest);
        this.walk(flatProd, fullOrRest);
      }
      walkOption(optionProd, currRest, prevRest) {
        const fullOrRest = currRest.concat(prevRest);
        this.walk(optionProd, fullOrRest);
      }
      walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
        const fullAtLeastOneRest = [
          new Option2({ definition: atLeastOneProd.definition })
        ].concat(currRest, prevRest);
        this.walk(atLeastOneProd, fullAtLeastOneRest);
      }
      walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
        const fullAtLeastOneSepRest = restForRepetitionWithSeparator(atLeastOneSepProd, currRest, prevRest);
        this.walk(atLeastOneSepProd, fullAtLeastOneSepRest);
      }
      walkMany(manyProd, currRest, prevRest) {
        const fullManyRest = [
          new Option2({ definition: manyProd.definition })
        ].concat(currRest, prevRest);
        this.walk(manyProd, fullManyRest);
      }
      walkManySep(manySepProd, currRest, prevRest) {
        const fullManySepRest = restForRepetitionWithSeparator(manySepProd, currRest, prevRest);
        this.walk(manySepProd, fullManySepRest);
      }
      walkOr(orProd, currRest, prevRest) {
        const fullOrRest = currRest.concat(prevRest);
        forEach_default(orProd.definition, (alt) => {
          const prodWrapper = new Alternative({ definition: [alt] });
          this.walk(prodWrapper, fullOrRest);
        });
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/first.js
function first(prod) {
  if (prod instanceof NonTerminal) {
    return first(prod.referencedRule);
  } else if (prod instanceof Terminal) {
    return firstForTerminal(prod);
  } else if (isSequenceProd(prod)) {
    return firstForSequence(prod);
  } else if (isBranchingProd(prod)) {
    return firstForBranching(prod);
  } else {
    throw Error("non exhaustive match");
  }
}
function firstForSequence(prod) {
  let firstSet = [];
  const seq = prod.definition;
  let nextSubProdIdx = 0;
  let hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  let currSubProd;
  let isLastInnerProdOptional = true;
  while (hasInnerProdsRemaining && isLastInnerProdOptional) {
    currSubProd = seq[nextSubProdIdx];
    isLastInnerProdOptional = isOptionalProd(currSubProd);
    firstSet = firstSet.concat(first(currSubProd));
    nextSubProdIdx = nextSubProdIdx + 1;
    hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  }
  return uniq_default(firstSet);
}
function firstForBranching(prod) {
  const allAlternativesFirsts = map_default(prod.definition, (innerProd) => {
    return first(innerProd);
  });
  return uniq_default(flatten_default(allAlternativesFirsts));
}
function firstForTerminal(terminal) {
  return [terminal.terminalType];
}
var init_first2 = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/first.js"() {
    init_lodash();
    init_api2();
  }
});

// node_modules/chevrotain/lib/src/parse/constants.js
var IN;
var init_constants = __esm({
  "node_modules/chevrotain/lib/src/parse/constants.js"() {
    IN = "_~IN~_";
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/follow.js
function computeAllProdsFollows(topProductions) {
  const reSyncFollows = {};
  forEach_default(topProductions, (topProd) => {
    const currRefsFollow = new ResyncFollowsWalker(topProd).startWalking();
    assign_default(reSyncFollows, currRefsFollow);
  });
  return reSyncFollows;
}
function buildBetweenProdsFollowPrefix(inner, occurenceInParent) {
  return inner.name + occurenceInParent + IN;
}
var ResyncFollowsWalker;
var init_follow = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/follow.js"() {
    init_rest();
    init_first2();
    init_lodash();
    init_constants();
    init_api2();
    ResyncFollowsWalker = class extends RestWalker {
      constructor(topProd) {
        super();
        this.topProd = topProd;
        this.follows = {};
      }
      startWalking() {
        this.walk(this.topProd);
        return this.follows;
      }
      walkTerminal(terminal, currRest, prevRest) {
      }
      walkProdRef(refProd, currRest, prevRest) {
        const followName = buildBetweenProdsFollowPrefix(refProd.referencedRule, refProd.idx) + this.topProd.name;
        const fullRest = currRest.concat(prevRest);
        const restProd = new Alternative({ definition: fullRest });
        const t_in_topProd_follows = first(restProd);
        this.follows[followName] = t_in_topProd_follows;
      }
    };
  }
});

// node_modules/@chevrotain/regexp-to-ast/lib/src/utils.js
function cc(char) {
  return char.charCodeAt(0);
}
function insertToSet(item, set) {
  if (Array.isArray(item)) {
    item.forEach(function(subItem) {
      set.push(subItem);
    });
  } else {
    set.push(item);
  }
}
function addFlag(flagObj, flagKey) {
  if (flagObj[flagKey] === true) {
    throw "duplicate flag " + flagKey;
  }
  const x = flagObj[flagKey];
  flagObj[flagKey] = true;
}
function ASSERT_EXISTS(obj) {
  if (obj === void 0) {
    throw Error("Internal Error - Should never get here!");
  }
  return true;
}
function ASSERT_NEVER_REACH_HERE() {
  throw Error("Internal Error - Should never get here!");
}
function isCharacter(obj) {
  return obj["type"] === "Character";
}
var init_utils = __esm({
  "node_modules/@chevrotain/regexp-to-ast/lib/src/utils.js"() {
  }
});

// node_modules/@chevrotain/regexp-to-ast/lib/src/character-classes.js
var digitsCharCodes, wordCharCodes, whitespaceCodes;
var init_character_classes = __esm({
  "node_modules/@chevrotain/regexp-to-ast/lib/src/character-classes.js"() {
    init_utils();
    digitsCharCodes = [];
    for (let i = cc("0"); i <= cc("9"); i++) {
      digitsCharCodes.push(i);
    }
    wordCharCodes = [cc("_")].concat(digitsCharCodes);
    for (let i = cc("a"); i <= cc("z"); i++) {
      wordCharCodes.push(i);
    }
    for (let i = cc("A"); i <= cc("Z"); i++) {
      wordCharCodes.push(i);
    }
    whitespaceCodes = [
      cc(" "),
      cc("\f"),
      cc("\n"),
      cc("\r"),
      cc("	"),
      cc("\v"),
      cc("	"),
      cc("\xA0"),
      cc("\u1680"),
      cc("\u2000"),
      cc("\u2001"),
      cc("\u2002"),
      cc("\u2003"),
      cc("\u2004"),
      cc("\u2005"),
      cc("\u2006"),
      cc("\u2007"),
      cc("\u2008"),
      cc("\u2009"),
      cc("\u200A"),
      cc("\u2028"),
      cc("\u2029"),
      cc("\u202F"),
      cc("\u205F"),
      cc("\u3000"),
      cc("\uFEFF")
    ];
  }
});

// node_modules/@chevrotain/regexp-to-ast/lib/src/regexp-parser.js
var hexDigitPattern, decimalPattern, decimalPatternNoZero, RegExpParser;
var init_regexp_parser = __esm({
  "node_modules/@chevrotain/regexp-to-ast/lib/src/regexp-parser.js"() {
    init_utils();
    init_character_classes();
    hexDigitPattern = /[0-9a-fA-F]/;
    decimalPattern = /[0-9]/;
    decimalPatternNoZero = /[1-9]/;
    RegExpParser = class {
      constructor() {
        this.idx = 0;
        this.input = "";
        this.groupIdx = 0;
      }
      saveState() {
        return {
          idx: this.idx,
          input: this.input,
          groupIdx: this.groupIdx
        };
      }
      restoreState(newState) {
        this.idx = newState.idx;
        this.input = newState.input;
        this.groupIdx = newState.groupIdx;
      }
      pattern(input) {
        this.idx = 0;
        this.input = input;
        this.groupIdx = 0;
        this.consumeChar("/");
        const value = this.disjunction();
        this.consumeChar("/");
        const flags = {
          type: "Flags",
          loc: { begin: this.idx, end: input.length },
          global: false,
          ignoreCase: false,
          multiLine: false,
          unicode: false,
          sticky: false
        };
        while (this.isRegExpFlag()) {
          switch (this.popChar()) {
            case "g":
              addFlag(flags, "global");
              break;
            case "i":
              addFlag(flags, "ignoreCase");
              break;
            case "m":
              addFlag(flags, "multiLine");
              break;
            case "u":
              addFlag(flags, "unicode");
              break;
            case "y":
              addFlag(flags, "sticky");
              break;
          }
        }
        if (this.idx !== this.input.length) {
          throw Error("Redundant input: " + this.input.substring(this.idx));
        }
        return {
          type: "Pattern",
          flags,
          value,
          loc: this.loc(0)
        };
      }
      disjunction() {
        const alts = [];
        const begin = this.idx;
        alts.push(this.alternative());
        while (this.peekChar() === "|") {
          this.consumeChar("|");
          alts.push(this.alternative());
        }
        return { type: "Disjunction", value: alts, loc: this.loc(begin) };
      }
      alternative() {
        const terms = [];
        const begin = this.idx;
        while (this.isTerm()) {
          terms.push(this.term());
        }
        return { type: "Alternative", value: terms, loc: this.loc(begin) };
      }
      term() {
        if (this.isAssertion()) {
          return this.assertion();
        } else {
          return this.atom();
        }
      }
      assertion() {
        const begin = this.idx;
        switch (this.popChar()) {
          case "^":
            return {
              type: "StartAnchor",
              loc: this.loc(begin)
            };
          case "$":
            return { type: "EndAnchor", loc: this.loc(begin) };
          // '\b' or '\B'
          case "\\":
            switch (this.popChar()) {
              case "b":
                return {
                  type: "WordBoundary",
                  loc: this.loc(begin)
                };
              case "B":
                return {
                  type: "NonWordBoundary",
                  loc: this.loc(begin)
                };
            }
            throw Error("Invalid Assertion Escape");
          // '(?=' or '(?!'
          case "(":
            this.consumeChar("?");
            let type;
            switch (this.popChar()) {
              case "=":
                type = "Lookahead";
                break;
              case "!":
                type = "NegativeLookahead";
                break;
              case "<": {
                switch (this.popChar()) {
                  case "=":
                    type = "Lookbehind";
                    break;
                  case "!":
                    type = "NegativeLookbehind";
                }
                break;
              }
            }
            ASSERT_EXISTS(type);
            const disjunction = this.disjunction();
            this.consumeChar(")");
            return {
              type,
              value: disjunction,
              loc: this.loc(begin)
            };
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      quantifier(isBacktracking = false) {
        let range = void 0;
        const begin = this.idx;
        switch (this.popChar()) {
          case "*":
            range = {
              atLeast: 0,
              atMost: Infinity
            };
            break;
          case "+":
            range = {
              atLeast: 1,
              atMost: Infinity
            };
            break;
          case "?":
            range = {
              atLeast: 0,
              atMost: 1
            };
            break;
          case "{":
            const atLeast2 = this.integerIncludingZero();
            switch (this.popChar()) {
              case "}":
                range = {
                  atLeast: atLeast2,
                  atMost: atLeast2
                };
                break;
              case ",":
                let atMost;
                if (this.isDigit()) {
                  atMost = this.integerIncludingZero();
                  range = {
                    atLeast: atLeast2,
                    atMost
                  };
                } else {
                  range = {
                    atLeast: atLeast2,
                    atMost: Infinity
                  };
                }
                this.consumeChar("}");
                break;
            }
            if (isBacktracking === true && range === void 0) {
              return void 0;
            }
            ASSERT_EXISTS(range);
            break;
        }
        if (isBacktracking === true && range === void 0) {
          return void 0;
        }
        if (ASSERT_EXISTS(range)) {
          if (this.peekChar(0) === "?") {
            this.consumeChar("?");
            range.greedy = false;
          } else {
            range.greedy = true;
          }
          range.type = "Quantifier";
          range.loc = this.loc(begin);
          return range;
        }
      }
      atom() {
        let atom;
        const begin = this.idx;
        switch (this.peekChar()) {
          case ".":
            atom = this.dotAll();
            break;
          case "\\":
            atom = this.atomEscape();
            break;
          case "[":
            atom = this.characterClass();
            break;
          case "(":
            atom = this.group();
            break;
        }
        if (atom === void 0 && this.isPatternCharacter()) {
          atom = this.patternCharacter();
        }
        if (ASSERT_EXISTS(atom)) {
          atom.loc = this.loc(begin);
          if (this.isQuantifier()) {
            atom.quantifier = this.quantifier();
          }
          return atom;
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      dotAll() {
        this.consumeChar(".");
        return {
          type: "Set",
          complement: true,
          value: [cc("\n"), cc("\r"), cc("\u2028"), cc("\u2029")]
        };
      }
      atomEscape() {
        this.consumeChar("\\");
        switch (this.peekChar()) {
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            return this.decimalEscapeAtom();
          case "d":
          case "D":
          case "s":
          case "S":
          case "w":
          case "W":
            return this.characterClassEscape();
          case "f":
          case "n":
          case "r":
          case "t":
          case "v":
            return this.controlEscapeAtom();
          case "c":
            return this.controlLetterEscapeAtom();
          case "0":
            return this.nulCharacterAtom();
          case "x":
            return this.hexEscapeSequenceAtom();
          case "u":
            return this.regExpUnicodeEscapeSequenceAtom();
          default:
            return this.identityEscapeAtom();
        }
      }
      decimalEscapeAtom() {
        const value = this.positiveInteger();
        return { type: "GroupBackReference", value };
      }
      characterClassEscape() {
        let set;
        let complement = false;
        switch (this.popChar()) {
          case "d":
            set = digitsCharCodes;
            break;
          case "D":
            set = digitsCharCodes;
            complement = true;
            break;
          case "s":
            set = whitespaceCodes;
            break;
          case "S":
            set = whitespaceCodes;
            complement = true;
            break;
          case "w":
            set = wordCharCodes;
            break;
          case "W":
            set = wordCharCodes;
            complement = true;
            break;
        }
        if (ASSERT_EXISTS(set)) {
          return { type: "Set", value: set, complement };
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      controlEscapeAtom() {
        let escapeCode;
        switch (this.popChar()) {
          case "f":
            escapeCode = cc("\f");
            break;
          case "n":
            escapeCode = cc("\n");
            break;
          case "r":
            escapeCode = cc("\r");
            break;
          case "t":
            escapeCode = cc("	");
            break;
          case "v":
            escapeCode = cc("\v");
            break;
        }
        if (ASSERT_EXISTS(escapeCode)) {
          return { type: "Character", value: escapeCode };
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      controlLetterEscapeAtom() {
        this.consumeChar("c");
        const letter = this.popChar();
        if (/[a-zA-Z]/.test(letter) === false) {
          throw Error("Invalid ");
        }
        const letterCode = letter.toUpperCase().charCodeAt(0) - 64;
        return { type: "Character", value: letterCode };
      }
      nulCharacterAtom() {
        this.consumeChar("0");
        return { type: "Character", value: cc("\0") };
      }
      hexEscapeSequenceAtom() {
        this.consumeChar("x");
        return this.parseHexDigits(2);
      }
      regExpUnicodeEscapeSequenceAtom() {
        this.consumeChar("u");
        return this.parseHexDigits(4);
      }
      identityEscapeAtom() {
        const escapedChar = this.popChar();
        return { type: "Character", value: cc(escapedChar) };
      }
      classPatternCharacterAtom() {
        switch (this.peekChar()) {
          // istanbul ignore next
          case "\n":
          // istanbul ignore next
          case "\r":
          // istanbul ignore next
          case "\u2028":
          // istanbul ignore next
          case "\u2029":
          // istanbul ignore next
          case "\\":
          // istanbul ignore next
          case "]":
            throw Error("TBD");
          default:
            const nextChar = this.popChar();
            return { type: "Character", value: cc(nextChar) };
        }
      }
      characterClass() {
        const set = [];
        let complement = false;
        this.consumeChar("[");
        if (this.peekChar(0) === "^") {
          this.consumeChar("^");
          complement = true;
        }
        while (this.isClassAtom()) {
          const from = this.classAtom();
          const isFromSingleChar = from.type === "Character";
          if (isCharacter(from) && this.isRangeDash()) {
            this.consumeChar("-");
            const to = this.classAtom();
            const isToSingleChar = to.type === "Character";
            if (isCharacter(to)) {
              if (to.value < from.value) {
                throw Error("Range out of order in character class");
              }
              set.push({ from: from.value, to: to.value });
            } else {
              insertToSet(from.value, set);
              set.push(cc("-"));
              insertToSet(to.value, set);
            }
          } else {
            insertToSet(from.value, set);
          }
        }
        this.consumeChar("]");
        return { type: "Set", complement, value: set };
      }
      classAtom() {
        switch (this.peekChar()) {
          // istanbul ignore next
          case "]":
          // istanbul ignore next
          case "\n":
          // istanbul ignore next
          case "\r":
          // istanbul ignore next
          case "\u2028":
          // istanbul ignore next
          case "\u2029":
            throw Error("TBD");
          case "\\":
            return this.classEscape();
          default:
            return this.classPatternCharacterAtom();
        }
      }
      classEscape() {
        this.consumeChar("\\");
        switch (this.peekChar()) {
          // Matches a backspace.
          // (Not to be confused with \b word boundary outside characterClass)
          case "b":
            this.consumeChar("b");
            return { type: "Character", value: cc("\b") };
          case "d":
          case "D":
          case "s":
          case "S":
          case "w":
          case "W":
            return this.characterClassEscape();
          case "f":
          case "n":
          case "r":
          case "t":
          case "v":
            return this.controlEscapeAtom();
          case "c":
            return this.controlLetterEscapeAtom();
          case "0":
            return this.nulCharacterAtom();
          case "x":
            return this.hexEscapeSequenceAtom();
          case "u":
            return this.regExpUnicodeEscapeSequenceAtom();
          default:
            return this.identityEscapeAtom();
        }
      }
      group() {
        let capturing = true;
        this.consumeChar("(");
        switch (this.peekChar(0)) {
          case "?":
            this.consumeChar("?");
            this.consumeChar(":");
            capturing = false;
            break;
          default:
            this.groupIdx++;
            break;
        }
        const value = this.disjunction();
        this.consumeChar(")");
        const groupAst = {
          type: "Group",
          capturing,
          value
        };
        if (capturing) {
          groupAst["idx"] = this.groupIdx;
        }
        return groupAst;
      }
      positiveInteger() {
        let number = this.popChar();
        if (decimalPatternNoZero.test(number) === false) {
          throw Error("Expecting a positive integer");
        }
        while (decimalPattern.test(this.peekChar(0))) {
          number += this.popChar();
        }
        return parseInt(number, 10);
      }
      integerIncludingZero() {
        let number = this.popChar();
        if (decimalPattern.test(number) === false) {
          throw Error("Expecting an integer");
        }
        while (decimalPattern.test(this.peekChar(0))) {
          number += this.popChar();
        }
        return parseInt(number, 10);
      }
      patternCharacter() {
        const nextChar = this.popChar();
        switch (nextChar) {
          // istanbul ignore next
          case "\n":
          // istanbul ignore next
          case "\r":
          // istanbul ignore next
          case "\u2028":
          // istanbul ignore next
          case "\u2029":
          // istanbul ignore next
          case "^":
          // istanbul ignore next
          case "$":
          // istanbul ignore next
          case "\\":
          // istanbul ignore next
          case ".":
          // istanbul ignore next
          case "*":
          // istanbul ignore next
          case "+":
          // istanbul ignore next
          case "?":
          // istanbul ignore next
          case "(":
          // istanbul ignore next
          case ")":
          // istanbul ignore next
          case "[":
          // istanbul ignore next
          case "|":
            throw Error("TBD");
          default:
            return { type: "Character", value: cc(nextChar) };
        }
      }
      isRegExpFlag() {
        switch (this.peekChar(0)) {
          case "g":
          case "i":
          case "m":
          case "u":
          case "y":
            return true;
          default:
            return false;
        }
      }
      isRangeDash() {
        return this.peekChar() === "-" && this.isClassAtom(1);
      }
      isDigit() {
        return decimalPattern.test(this.peekChar(0));
      }
      isClassAtom(howMuch = 0) {
        switch (this.peekChar(howMuch)) {
          case "]":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            return false;
          default:
            return true;
        }
      }
      isTerm() {
        return this.isAtom() || this.isAssertion();
      }
      isAtom() {
        if (this.isPatternCharacter()) {
          return true;
        }
        switch (this.peekChar(0)) {
          case ".":
          case "\\":
          // atomEscape
          case "[":
          // characterClass
          // TODO: isAtom must be called before isAssertion - disambiguate
          case "(":
            return true;
          default:
            return false;
        }
      }
      isAssertion() {
        switch (this.peekChar(0)) {
          case "^":
          case "$":
            return true;
          // '\b' or '\B'
          case "\\":
            switch (this.peekChar(1)) {
              case "b":
              case "B":
                return true;
              default:
                return false;
            }
          // '(?=' or '(?!' or `(?<=` or `(?<!`
          case "(":
            return this.peekChar(1) === "?" && (this.peekChar(2) === "=" || this.peekChar(2) === "!" || this.peekChar(2) === "<" && (this.peekChar(3) === "=" || this.peekChar(3) === "!"));
          default:
            return false;
        }
      }
      isQuantifier() {
        const prevState = this.saveState();
        try {
          return this.quantifier(true) !== void 0;
        } catch (e) {
          return false;
        } finally {
          this.restoreState(prevState);
        }
      }
      isPatternCharacter() {
        switch (this.peekChar()) {
          case "^":
          case "$":
          case "\\":
          case ".":
          case "*":
          case "+":
          case "?":
          case "(":
          case ")":
          case "[":
          case "|":
          case "/":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            return false;
          default:
            return true;
        }
      }
      parseHexDigits(howMany) {
        let hexString = "";
        for (let i = 0; i < howMany; i++) {
          const hexChar = this.popChar();
          if (hexDigitPattern.test(hexChar) === false) {
            throw Error("Expecting a HexDecimal digits");
          }
          hexString += hexChar;
        }
        const charCode = parseInt(hexString, 16);
        return { type: "Character", value: charCode };
      }
      peekChar(howMuch = 0) {
        return this.input[this.idx + howMuch];
      }
      popChar() {
        const nextChar = this.peekChar(0);
        this.consumeChar(void 0);
        return nextChar;
      }
      consumeChar(char) {
        if (char !== void 0 && this.input[this.idx] !== char) {
          throw Error("Expected: '" + char + "' but found: '" + this.input[this.idx] + "' at offset: " + this.idx);
        }
        if (this.idx >= this.input.length) {
          throw Error("Unexpected end of input");
        }
        this.idx++;
      }
      loc(begin) {
        return { begin, end: this.idx };
      }
    };
  }
});

// node_modules/@chevrotain/regexp-to-ast/lib/src/base-regexp-visitor.js
var BaseRegExpVisitor;
var init_base_regexp_visitor = __esm({
  "node_modules/@chevrotain/regexp-to-ast/lib/src/base-regexp-visitor.js"() {
    BaseRegExpVisitor = class {
      visitChildren(node) {
        for (const key in node) {
          const child = node[key];
          if (node.hasOwnProperty(key)) {
            if (child.type !== void 0) {
              this.visit(child);
            } else if (Array.isArray(child)) {
              child.forEach((subChild) => {
                this.visit(subChild);
              }, this);
            }
          }
        }
      }
      visit(node) {
        switch (node.type) {
          case "Pattern":
            this.visitPattern(node);
            break;
          case "Flags":
            this.visitFlags(node);
            break;
          case "Disjunction":
            this.visitDisjunction(node);
            break;
          case "Alternative":
            this.visitAlternative(node);
            break;
          case "StartAnchor":
            this.visitStartAnchor(node);
            break;
          case "EndAnchor":
            this.visitEndAnchor(node);
            break;
          case "WordBoundary":
            this.visitWordBoundary(node);
            break;
          case "NonWordBoundary":
            this.visitNonWordBoundary(node);
            break;
          case "Lookahead":
            this.visitLookahead(node);
            break;
          case "NegativeLookahead":
            this.visitNegativeLookahead(node);
            break;
          case "Lookbehind":
            this.visitLookbehind(node);
            break;
          case "NegativeLookbehind":
            this.visitNegativeLookbehind(node);
            break;
          case "Character":
            this.visitCharacter(node);
            break;
          case "Set":
            this.visitSet(node);
            break;
          case "Group":
            this.visitGroup(node);
            break;
          case "GroupBackReference":
            this.visitGroupBackReference(node);
            break;
          case "Quantifier":
            this.visitQuantifier(node);
            break;
        }
        this.visitChildren(node);
      }
      visitPattern(node) {
      }
      visitFlags(node) {
      }
      visitDisjunction(node) {
      }
      visitAlternative(node) {
      }
      // Assertion
      visitStartAnchor(node) {
      }
      visitEndAnchor(node) {
      }
      visitWordBoundary(node) {
      }
      visitNonWordBoundary(node) {
      }
      visitLookahead(node) {
      }
      visitNegativeLookahead(node) {
      }
      visitLookbehind(node) {
      }
      visitNegativeLookbehind(node) {
      }
      // atoms
      visitCharacter(node) {
      }
      visitSet(node) {
      }
      visitGroup(node) {
      }
      visitGroupBackReference(node) {
      }
      visitQuantifier(node) {
      }
    };
  }
});

// node_modules/@chevrotain/regexp-to-ast/lib/src/api.js
var init_api3 = __esm({
  "node_modules/@chevrotain/regexp-to-ast/lib/src/api.js"() {
    init_regexp_parser();
    init_base_regexp_visitor();
  }
});

// node_modules/chevrotain/lib/src/scan/reg_exp_parser.js
function getRegExpAst(regExp) {
  const regExpStr = regExp.toString();
  if (regExpAstCache.hasOwnProperty(regExpStr)) {
    return regExpAstCache[regExpStr];
  } else {
    const regExpAst = regExpParser.pattern(regExpStr);
    regExpAstCache[regExpStr] = regExpAst;
    return regExpAst;
  }
}
function clearRegExpParserCache() {
  regExpAstCache = {};
}
var regExpAstCache, regExpParser;
var init_reg_exp_parser = __esm({
  "node_modules/chevrotain/lib/src/scan/reg_exp_parser.js"() {
    init_api3();
    regExpAstCache = {};
    regExpParser = new RegExpParser();
  }
});

// node_modules/chevrotain/lib/src/scan/reg_exp.js
function getOptimizedStartCodesIndices(regExp, ensureOptimizations = false) {
  try {
    const ast = getRegExpAst(regExp);
    const firstChars = firstCharOptimizedIndices(ast.value, {}, ast.flags.ignoreCase);
    return firstChars;
  } catch (e) {
    if (e.message === complementErrorMessage) {
      if (ensureOptimizations) {
        PRINT_WARNING(`${failedOptimizationPrefixMsg}	Unable to optimize: < ${regExp.toString()} >
	Complement Sets cannot be automatically optimized.
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#COMPLEMENT for details.`);
      }
    } else {
      let msgSuffix = "";
      if (ensureOptimizations) {
        msgSuffix = "\n	This will disable the lexer's first char optimizations.\n	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#REGEXP_PARSING for details.";
      }
      PRINT_ERROR(`${failedOptimizationPrefixMsg}
	Failed parsing: < ${regExp.toString()} >
	Using the @chevrotain/regexp-to-ast library
	Please open an issue at: https://github.com/chevrotain/chevrotain/issues` + msgSuffix);
    }
  }
  return [];
}
function firstCharOptimizedIndices(ast, result, ignoreCase) {
  switch (ast.type) {
    case "Disjunction":
      for (let i = 0; i < ast.value.length; i++) {
        firstCharOptimizedIndices(ast.value[i], result, ignoreCase);
      }
      break;
    case "Alternative":
      const terms = ast.value;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i];
        switch (term.type) {
          case "EndAnchor":
          // A group back reference cannot affect potential starting char.
          // because if a back reference is the first production than automatically
          // the group being referenced has had to come BEFORE so its codes have already been added
          case "GroupBackReference":
          // assertions do not affect potential starting codes
          case "Lookahead":
          case "NegativeLookahead":
          case "Lookbehind":
          case "NegativeLookbehind":
          case "StartAnchor":
          case "WordBoundary":
          case "NonWordBoundary":
            continue;
        }
        const atom = term;
        switch (atom.type) {
          case "Character":
            addOptimizedIdxToResult(atom.value, result, ignoreCase);
            break;
          case "Set":
            if (atom.complement === true) {
              throw Error(complementErrorMessage);
            }
            forEach_default(atom.value, (code) => {
              if (typeof code === "number") {
                addOptimizedIdxToResult(code, result, ignoreCase);
              } else {
                const range = code;
                if (ignoreCase === true) {
                  for (let rangeCode = range.from; rangeCode <= range.to; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                } else {
                  for (let rangeCode = range.from; rangeCode <= range.to && rangeCode < minOptimizationVal; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                  if (range.to >= minOptimizationVal) {
                    const minUnOptVal = range.from >= minOptimizationVal ? range.from : minOptimizationVal;
                    const maxUnOptVal = range.to;
                    const minOptIdx = charCodeToOptimizedIndex(minUnOptVal);
                    const maxOptIdx = charCodeToOptimizedIndex(maxUnOptVal);
                    for (let currOptIdx = minOptIdx; currOptIdx <= maxOptIdx; currOptIdx++) {
                      result[currOptIdx] = currOptIdx;
                    }
                  }
                }
              }
            });
            break;
          case "Group":
            firstCharOptimizedIndices(atom.value, result, ignoreCase);
            break;
          /* istanbul ignore next */
          default:
            throw Error("Non Exhaustive Match");
        }
        const isOptionalQuantifier = atom.quantifier !== void 0 && atom.quantifier.atLeast === 0;
        if (
          // A group may be optional due to empty contents /(?:)/
          // or if everything inside it is optional /((a)?)/
          atom.type === "Group" && isWholeOptional(atom) === false || // If this term is not a group it may only be optional if it has an optional quantifier
          atom.type !== "Group" && isOptionalQuantifier === false
        ) {
          break;
        }
      }
      break;
    /* istanbul ignore next */
    default:
      throw Error("non exhaustive match!");
  }
  return values_default(result);
}
function addOptimizedIdxToResult(code, result, ignoreCase) {
  const optimizedCharIdx = charCodeToOptimizedIndex(code);
  result[optimizedCharIdx] = optimizedCharIdx;
  if (ignoreCase === true) {
    handleIgnoreCase(code, result);
  }
}
function handleIgnoreCase(code, result) {
  const char = String.fromCharCode(code);
  const upperChar = char.toUpperCase();
  if (upperChar !== char) {
    const optimizedCharIdx = charCodeToOptimizedIndex(upperChar.charCodeAt(0));
    result[optimizedCharIdx] = optimizedCharIdx;
  } else {
    const lowerChar = char.toLowerCase();
    if (lowerChar !== char) {
      const optimizedCharIdx = charCodeToOptimizedIndex(lowerChar.charCodeAt(0));
      result[optimizedCharIdx] = optimizedCharIdx;
    }
  }
}
function findCode(setNode, targetCharCodes) {
  return find_default(setNode.value, (codeOrRange) => {
    if (typeof codeOrRange === "number") {
      return includes_default(targetCharCodes, codeOrRange);
    } else {
      const range = codeOrRange;
      return find_default(targetCharCodes, (targetCode) => range.from <= targetCode && targetCode <= range.to) !== void 0;
    }
  });
}
function isWholeOptional(ast) {
  const quantifier = ast.quantifier;
  if (quantifier && quantifier.atLeast === 0) {
    return true;
  }
  if (!ast.value) {
    return false;
  }
  return isArray_default(ast.value) ? every_default(ast.value, isWholeOptional) : isWholeOptional(ast.value);
}
function canMatchCharCode(charCodes, pattern) {
  if (pattern instanceof RegExp) {
    const ast = getRegExpAst(pattern);
    const charCodeFinder = new CharCodeFinder(charCodes);
    charCodeFinder.visit(ast);
    return charCodeFinder.found;
  } else {
    return find_default(pattern, (char) => {
      return includes_default(charCodes, char.charCodeAt(0));
    }) !== void 0;
  }
}
var complementErrorMessage, failedOptimizationPrefixMsg, CharCodeFinder;
var init_reg_exp = __esm({
  "node_modules/chevrotain/lib/src/scan/reg_exp.js"() {
    init_api3();
    init_lodash();
    init_api();
    init_reg_exp_parser();
    init_lexer();
    complementErrorMessage = "Complement Sets are not supported for first char optimization";
    failedOptimizationPrefixMsg = 'Unable to use "first char" lexer optimizations:\n';
    CharCodeFinder = class extends BaseRegExpVisitor {
      constructor(targetCharCodes) {
        super();
        this.targetCharCodes = targetCharCodes;
        this.found = false;
      }
      visitChildren(node) {
        if (this.found === true) {
          return;
        }
        switch (node.type) {
          case "Lookahead":
            this.visitLookahead(node);
            return;
          case "NegativeLookahead":
            this.visitNegativeLookahead(node);
            return;
          case "Lookbehind":
            this.visitLookbehind(node);
            return;
          case "NegativeLookbehind":
            this.visitNegativeLookbehind(node);
            return;
        }
        super.visitChildren(node);
      }
      visitCharacter(node) {
        if (includes_default(this.targetCharCodes, node.value)) {
          this.found = true;
        }
      }
      visitSet(node) {
        if (node.complement) {
          if (findCode(node, this.targetCharCodes) === void 0) {
            this.found = true;
          }
        } else {
          if (findCode(node, this.targetCharCodes) !== void 0) {
            this.found = true;
          }
        }
      }
    };
  }
});

// node_modules/chevrotain/lib/src/scan/lexer.js
function analyzeTokenTypes(tokenTypes, options) {
  options = defaults_default(options, {
    debug: false,
    safeMode: false,
    positionTracking: "full",
    lineTerminatorCharacters: ["\r", "\n"],
    tracer: (msg, action) => action()
  });
  const tracer = options.tracer;
  tracer("initCharCodeToOptimizedIndexMap", () => {
    initCharCodeToOptimizedIndexMap();
  });
  let onlyRelevantTypes;
  tracer("Reject Lexer.NA", () => {
    onlyRelevantTypes = reject_default(tokenTypes, (currType) => {
      return currType[PATTERN] === Lexer.NA;
    });
  });
  let hasCustom = false;
  let allTransformedPatterns;
  tracer("Transform Patterns", () => {
    hasCustom = false;
    allTransformedPatterns = map_default(onlyRelevantTypes, (currType) => {
      const currPattern = currType[PATTERN];
      if (isRegExp_default(currPattern)) {
        const regExpSource = currPattern.source;
        if (regExpSource.length === 1 && // only these regExp meta characters which can appear in a length one regExp
        regExpSource !== "^" && regExpSource !== "$" && regExpSource !== "." && !currPattern.ignoreCase) {
          return regExpSource;
        } else if (regExpSource.length === 2 && regExpSource[0] === "\\" && // not a meta character
        !includes_default([
          "d",
          "D",
          "s",
          "S",
          "t",
          "r",
          "n",
          "t",
          "0",
          "c",
          "b",
          "B",
          "f",
          "v",
          "w",
          "W"
        ], regExpSource[1])) {
          return regExpSource[1];
        } else {
          return addStickyFlag(currPattern);
        }
      } else if (isFunction_default(currPattern)) {
        hasCustom = true;
        return { exec: currPattern };
      } else if (typeof currPattern === "object") {
        hasCustom = true;
        return currPattern;
      } else if (typeof currPattern === "string") {
        if (currPattern.length === 1) {
          return currPattern;
        } else {
          const escapedRegExpString = currPattern.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
          const wrappedRegExp = new RegExp(escapedRegExpString);
          return addStickyFlag(wrappedRegExp);
        }
      } else {
        throw Error("non exhaustive match");
      }
    });
  });
  let patternIdxToType;
  let patternIdxToGroup;
  let patternIdxToLongerAltIdxArr;
  let patternIdxToPushMode;
  let patternIdxToPopMode;
  tracer("misc mapping", () => {
    patternIdxToType = map_default(onlyRelevantTypes, (currType) => currType.tokenTypeIdx);
    patternIdxToGroup = map_default(onlyRelevantTypes, (clazz) => {
      const groupName = clazz.GROUP;
      if (groupName === Lexer.SKIPPED) {
        return void 0;
      } else if (isString_default(groupName)) {
        return groupName;
      } else if (isUndefined_default(groupName)) {
        return false;
      } else {
        throw Error("non exhaustive match");
      }
    });
    patternIdxToLongerAltIdxArr = map_default(onlyRelevantTypes, (clazz) => {
      const longerAltType = clazz.LONGER_ALT;
      if (longerAltType) {
        const longerAltIdxArr = isArray_default(longerAltType) ? map_default(longerAltType, (type) => indexOf_default(onlyRelevantTypes, type)) : [indexOf_default(onlyRelevantTypes, longerAltType)];
        return longerAltIdxArr;
      }
    });
    patternIdxToPushMode = map_default(onlyRelevantTypes, (clazz) => clazz.PUSH_MODE);
    patternIdxToPopMode = map_default(onlyRelevantTypes, (clazz) => has_default(clazz, "POP_MODE"));
  });
  let patternIdxToCanLineTerminator;
  tracer("Line Terminator Handling", () => {
    const lineTerminatorCharCodes = getCharCodes(options.lineTerminatorCharacters);
    patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => false);
    if (options.positionTracking !== "onlyOffset") {
      patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => {
        if (has_default(tokType, "LINE_BREAKS")) {
          return !!tokType.LINE_BREAKS;
        } else {
          return checkLineBreaksIssues(tokType, lineTerminatorCharCodes) === false && canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
        }
      });
    }
  });
  let patternIdxToIsCustom;
  let patternIdxToShort;
  let emptyGroups;
  let patternIdxToConfig;
  tracer("Misc Mapping #2", () => {
    patternIdxToIsCustom = map_default(onlyRelevantTypes, isCustomPattern);
    patternIdxToShort = map_default(allTransformedPatterns, isShortPattern);
    emptyGroups = reduce_default(onlyRelevantTypes, (acc, clazz) => {
      const groupName = clazz.GROUP;
      if (isString_default(groupName) && !(groupName === Lexer.SKIPPED)) {
        acc[groupName] = [];
      }
      return acc;
    }, {});
    patternIdxToConfig = map_default(allTransformedPatterns, (x, idx) => {
      return {
        pattern: allTransformedPatterns[idx],
        longerAlt: patternIdxToLongerAltIdxArr[idx],
        canLineTerminator: patternIdxToCanLineTerminator[idx],
        isCustom: patternIdxToIsCustom[idx],
        short: patternIdxToShort[idx],
        group: patternIdxToGroup[idx],
        push: patternIdxToPushMode[idx],
        pop: patternIdxToPopMode[idx],
        tokenTypeIdx: patternIdxToType[idx],
        tokenType: onlyRelevantTypes[idx]
      };
    });
  });
  let canBeOptimized = true;
  let charCodeToPatternIdxToConfig = [];
  if (!options.safeMode) {
    tracer("First Char Optimization", () => {
      charCodeToPatternIdxToConfig = reduce_default(onlyRelevantTypes, (result, currTokType, idx) => {
        if (typeof currTokType.PATTERN === "string") {
          const charCode = currTokType.PATTERN.charCodeAt(0);
          const optimizedIdx = charCodeToOptimizedIndex(charCode);
          addToMapOfArrays(result, optimizedIdx, patternIdxToConfig[idx]);
        } else if (isArray_default(currTokType.START_CHARS_HINT)) {
          let lastOptimizedIdx;
          forEach_default(currTokType.START_CHARS_HINT, (charOrInt) => {
            const charCode = typeof charOrInt === "string" ? charOrInt.charCodeAt(0) : charOrInt;
            const currOptimizedIdx = charCodeToOptimizedIndex(charCode);
            if (lastOptimizedIdx !== currOptimizedIdx) {
              lastOptimizedIdx = currOptimizedIdx;
              addToMapOfArrays(result, currOptimizedIdx, patternIdxToConfig[idx]);
            }
          });
        } else if (isRegExp_default(currTokType.PATTERN)) {
          if (currTokType.PATTERN.unicode) {
            canBeOptimized = false;
            if (options.ensureOptimizations) {
              PRINT_ERROR(`${failedOptimizationPrefixMsg}	Unable to analyze < ${currTokType.PATTERN.toString()} > pattern.
	The regexp unicode flag is not currently supported by the regexp-to-ast library.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNICODE_OPTIMIZE`);
            }
          } else {
            const optimizedCodes = getOptimizedStartCodesIndices(currTokType.PATTERN, options.ensureOptimizations);
            if (isEmpty_default(optimizedCodes)) {
              canBeOptimized = false;
            }
            forEach_default(optimizedCodes, (code) => {
              addToMapOfArrays(result, code, patternIdxToConfig[idx]);
            });
          }
        } else {
          if (options.ensureOptimizations) {
            PRINT_ERROR(`${failedOptimizationPrefixMsg}	TokenType: <${currTokType.name}> is using a custom token pattern without providing <start_chars_hint> parameter.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_OPTIMIZE`);
          }
          canBeOptimized = false;
        }
        return result;
      }, []);
    });
  }
  return {
    emptyGroups,
    patternIdxToConfig,
    charCodeToPatternIdxToConfig,
    hasCustom,
    canBeOptimized
  };
}
function validatePatterns(tokenTypes, validModesNames) {
  let errors = [];
  const missingResult = findMissingPatterns(tokenTypes);
  errors = errors.concat(missingResult.errors);
  const invalidResult = findInvalidPatterns(missingResult.valid);
  const validTokenTypes = invalidResult.valid;
  errors = errors.concat(invalidResult.errors);
  errors = errors.concat(validateRegExpPattern(validTokenTypes));
  errors = errors.concat(findInvalidGroupType(validTokenTypes));
  errors = errors.concat(findModesThatDoNotExist(validTokenTypes, validModesNames));
  errors = errors.concat(findUnreachablePatterns(validTokenTypes));
  return errors;
}
function validateRegExpPattern(tokenTypes) {
  let errors = [];
  const withRegExpPatterns = filter_default(tokenTypes, (currTokType) => isRegExp_default(currTokType[PATTERN]));
  errors = errors.concat(findEndOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findStartOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findUnsupportedFlags(withRegExpPatterns));
  errors = errors.concat(findDuplicatePatterns(withRegExpPatterns));
  errors = errors.concat(findEmptyMatchRegExps(withRegExpPatterns));
  return errors;
}
function findMissingPatterns(tokenTypes) {
  const tokenTypesWithMissingPattern = filter_default(tokenTypes, (currType) => {
    return !has_default(currType, PATTERN);
  });
  const errors = map_default(tokenTypesWithMissingPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- missing static 'PATTERN' property",
      type: LexerDefinitionErrorType.MISSING_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithMissingPattern);
  return { errors, valid };
}
function findInvalidPatterns(tokenTypes) {
  const tokenTypesWithInvalidPattern = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return !isRegExp_default(pattern) && !isFunction_default(pattern) && !has_default(pattern, "exec") && !isString_default(pattern);
  });
  const errors = map_default(tokenTypesWithInvalidPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' can only be a RegExp, a Function matching the {CustomPatternMatcherFunc} type or an Object matching the {ICustomPattern} interface.",
      type: LexerDefinitionErrorType.INVALID_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithInvalidPattern);
  return { errors, valid };
}
function findEndOfInputAnchor(tokenTypes) {
  class EndAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitEndAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const endAnchorVisitor = new EndAnchorFinder();
      endAnchorVisitor.visit(regexpAst);
      return endAnchorVisitor.found;
    } catch (e) {
      return end_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain end of input anchor '$'\n	See chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.EOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findEmptyMatchRegExps(tokenTypes) {
  const matchesEmptyString = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    return pattern.test("");
  });
  const errors = map_default(matchesEmptyString, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' must not match an empty string",
      type: LexerDefinitionErrorType.EMPTY_MATCH_PATTERN,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findStartOfInputAnchor(tokenTypes) {
  class StartAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitStartAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const startAnchorVisitor = new StartAnchorFinder();
      startAnchorVisitor.visit(regexpAst);
      return startAnchorVisitor.found;
    } catch (e) {
      return start_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain start of input anchor '^'\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.SOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findUnsupportedFlags(tokenTypes) {
  const invalidFlags = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return pattern instanceof RegExp && (pattern.multiline || pattern.global);
  });
  const errors = map_default(invalidFlags, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' may NOT contain global('g') or multiline('m')",
      type: LexerDefinitionErrorType.UNSUPPORTED_FLAGS_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findDuplicatePatterns(tokenTypes) {
  const found = [];
  let identicalPatterns = map_default(tokenTypes, (outerType) => {
    return reduce_default(tokenTypes, (result, innerType) => {
      if (outerType.PATTERN.source === innerType.PATTERN.source && !includes_default(found, innerType) && innerType.PATTERN !== Lexer.NA) {
        found.push(innerType);
        result.push(innerType);
        return result;
      }
      return result;
    }, []);
  });
  identicalPatterns = compact_default(identicalPatterns);
  const duplicatePatterns = filter_default(identicalPatterns, (currIdenticalSet) => {
    return currIdenticalSet.length > 1;
  });
  const errors = map_default(duplicatePatterns, (setOfIdentical) => {
    const tokenTypeNames = map_default(setOfIdentical, (currType) => {
      return currType.name;
    });
    const dupPatternSrc = head_default(setOfIdentical).PATTERN;
    return {
      message: `The same RegExp pattern ->${dupPatternSrc}<-has been used in all of the following Token Types: ${tokenTypeNames.join(", ")} <-`,
      type: LexerDefinitionErrorType.DUPLICATE_PATTERNS_FOUND,
      tokenTypes: setOfIdentical
    };
  });
  return errors;
}
function findInvalidGroupType(tokenTypes) {
  const invalidTypes = filter_default(tokenTypes, (clazz) => {
    if (!has_default(clazz, "GROUP")) {
      return false;
    }
    const group = clazz.GROUP;
    return group !== Lexer.SKIPPED && group !== Lexer.NA && !isString_default(group);
  });
  const errors = map_default(invalidTypes, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'GROUP' can only be Lexer.SKIPPED/Lexer.NA/A String",
      type: LexerDefinitionErrorType.INVALID_GROUP_TYPE_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findModesThatDoNotExist(tokenTypes, validModes) {
  const invalidModes = filter_default(tokenTypes, (clazz) => {
    return clazz.PUSH_MODE !== void 0 && !includes_default(validModes, clazz.PUSH_MODE);
  });
  const errors = map_default(invalidModes, (tokType) => {
    const msg = `Token Type: ->${tokType.name}<- static 'PUSH_MODE' value cannot refer to a Lexer Mode ->${tokType.PUSH_MODE}<-which does not exist`;
    return {
      message: msg,
      type: LexerDefinitionErrorType.PUSH_MODE_DOES_NOT_EXIST,
      tokenTypes: [tokType]
    };
  });
  return errors;
}
function findUnreachablePatterns(tokenTypes) {
  const errors = [];
  const canBeTested = reduce_default(tokenTypes, (result, tokType, idx) => {
    const pattern = tokType.PATTERN;
    if (pattern === Lexer.NA) {
      return result;
    }
    if (isString_default(pattern)) {
      result.push({ str: pattern, idx, tokenType: tokType });
    } else if (isRegExp_default(pattern) && noMetaChar(pattern)) {
      result.push({ str: pattern.source, idx, tokenType: tokType });
    }
    return result;
  }, []);
  forEach_default(tokenTypes, (aTokType, aIdx) => {
    forEach_default(canBeTested, ({ str: bStr, idx: bIdx, tokenType: bTokType }) => {
      if (aIdx < bIdx && tryToMatchStrToPattern(bStr, aTokType.PATTERN)) {
        const msg = `Token: ->${bTokType.name}<- can never be matched.
Because it appears AFTER the Token Type ->${aTokType.name}<-in the lexer's definition.
See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNREACHABLE`;
        errors.push({
          message: msg,
          type: LexerDefinitionErrorType.UNREACHABLE_PATTERN,
          tokenTypes: [aTokType, bTokType]
        });
      }
    });
  });
  return errors;
}
function tryToMatchStrToPattern(str, pattern) {
  if (isRegExp_default(pattern)) {
    if (usesLookAheadOrBehind(pattern)) {
      return false;
    }
    const regExpArray = pattern.exec(str);
    return regExpArray !== null && regExpArray.index === 0;
  } else if (isFunction_default(pattern)) {
    return pattern(str, 0, [], {});
  } else if (has_default(pattern, "exec")) {
    return pattern.exec(str, 0, [], {});
  } else if (typeof pattern === "string") {
    return pattern === str;
  } else {
    throw Error("non exhaustive match");
  }
}
function noMetaChar(regExp) {
  const metaChars = [
    ".",
    "\\",
    "[",
    "]",
    "|",
    "^",
    "$",
    "(",
    ")",
    "?",
    "*",
    "+",
    "{"
  ];
  return find_default(metaChars, (char) => regExp.source.indexOf(char) !== -1) === void 0;
}
function usesLookAheadOrBehind(regExp) {
  return /(\(\?=)|(\(\?!)|(\(\?<=)|(\(\?<!)/.test(regExp.source);
}
function addStickyFlag(pattern) {
  const flags = pattern.ignoreCase ? "iy" : "y";
  return new RegExp(`${pattern.source}`, flags);
}
function performRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const errors = [];
  if (!has_default(lexerDefinition, DEFAULT_MODE)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + DEFAULT_MODE + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE
    });
  }
  if (!has_default(lexerDefinition, MODES)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + MODES + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY
    });
  }
  if (has_default(lexerDefinition, MODES) && has_default(lexerDefinition, DEFAULT_MODE) && !has_default(lexerDefinition.modes, lexerDefinition.defaultMode)) {
    errors.push({
      message: `A MultiMode Lexer cannot be initialized with a ${DEFAULT_MODE}: <${lexerDefinition.defaultMode}>which does not exist
`,
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST
    });
  }
  if (has_default(lexerDefinition, MODES)) {
    forEach_default(lexerDefinition.modes, (currModeValue, currModeName) => {
      forEach_default(currModeValue, (currTokType, currIdx) => {
        if (isUndefined_default(currTokType)) {
          errors.push({
            message: `A Lexer cannot be initialized using an undefined Token Type. Mode:<${currModeName}> at index: <${currIdx}>
`,
            type: LexerDefinitionErrorType.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED
          });
        } else if (has_default(currTokType, "LONGER_ALT")) {
          const longerAlt = isArray_default(currTokType.LONGER_ALT) ? currTokType.LONGER_ALT : [currTokType.LONGER_ALT];
          forEach_default(longerAlt, (currLongerAlt) => {
            if (!isUndefined_default(currLongerAlt) && !includes_default(currModeValue, currLongerAlt)) {
              errors.push({
                message: `A MultiMode Lexer cannot be initialized with a longer_alt <${currLongerAlt.name}> on token <${currTokType.name}> outside of mode <${currModeName}>
`,
                type: LexerDefinitionErrorType.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE
              });
            }
          });
        }
      });
    });
  }
  return errors;
}
function performWarningRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const warnings2 = [];
  let hasAnyLineBreak = false;
  const allTokenTypes = compact_default(flatten_default(values_default(lexerDefinition.modes)));
  const concreteTokenTypes = reject_default(allTokenTypes, (currType) => currType[PATTERN] === Lexer.NA);
  const terminatorCharCodes = getCharCodes(lineTerminatorCharacters);
  if (trackLines) {
    forEach_default(concreteTokenTypes, (tokType) => {
      const currIssue = checkLineBreaksIssues(tokType, terminatorCharCodes);
      if (currIssue !== false) {
        const message = buildLineBreakIssueMessage(tokType, currIssue);
        const warningDescriptor = {
          message,
          type: currIssue.issue,
          tokenType: tokType
        };
        warnings2.push(warningDescriptor);
      } else {
        if (has_default(tokType, "LINE_BREAKS")) {
          if (tokType.LINE_BREAKS === true) {
            hasAnyLineBreak = true;
          }
        } else {
          if (canMatchCharCode(terminatorCharCodes, tokType.PATTERN)) {
            hasAnyLineBreak = true;
          }
        }
      }
    });
  }
  if (trackLines && !hasAnyLineBreak) {
    warnings2.push({
      message: "Warning: No LINE_BREAKS Found.\n	This Lexer has been defined to track line and column information,\n	But none of the Token Types can be identified as matching a line terminator.\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#LINE_BREAKS \n	for details.",
      type: LexerDefinitionErrorType.NO_LINE_BREAKS_FLAGS
    });
  }
  return warnings2;
}
function cloneEmptyGroups(emptyGroups) {
  const clonedResult = {};
  const groupKeys = keys_default(emptyGroups);
  forEach_default(groupKeys, (currKey) => {
    const currGroupValue = emptyGroups[currKey];
    if (isArray_default(currGroupValue)) {
      clonedResult[currKey] = [];
    } else {
      throw Error("non exhaustive match");
    }
  });
  return clonedResult;
}
function isCustomPattern(tokenType) {
  const pattern = tokenType.PATTERN;
  if (isRegExp_default(pattern)) {
    return false;
  } else if (isFunction_default(pattern)) {
    return true;
  } else if (has_default(pattern, "exec")) {
    return true;
  } else if (isString_default(pattern)) {
    return false;
  } else {
    throw Error("non exhaustive match");
  }
}
function isShortPattern(pattern) {
  if (isString_default(pattern) && pattern.length === 1) {
    return pattern.charCodeAt(0);
  } else {
    return false;
  }
}
function checkLineBreaksIssues(tokType, lineTerminatorCharCodes) {
  if (has_default(tokType, "LINE_BREAKS")) {
    return false;
  } else {
    if (isRegExp_default(tokType.PATTERN)) {
      try {
        canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
      } catch (e) {
        return {
          issue: LexerDefinitionErrorType.IDENTIFY_TERMINATOR,
          errMsg: e.message
        };
      }
      return false;
    } else if (isString_default(tokType.PATTERN)) {
      return false;
    } else if (isCustomPattern(tokType)) {
      return { issue: LexerDefinitionErrorType.CUSTOM_LINE_BREAK };
    } else {
      throw Error("non exhaustive match");
    }
  }
}
function buildLineBreakIssueMessage(tokType, details) {
  if (details.issue === LexerDefinitionErrorType.IDENTIFY_TERMINATOR) {
    return `Warning: unable to identify line terminator usage in pattern.
	The problem is in the <${tokType.name}> Token Type
	 Root cause: ${details.errMsg}.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#IDENTIFY_TERMINATOR`;
  } else if (details.issue === LexerDefinitionErrorType.CUSTOM_LINE_BREAK) {
    return `Warning: A Custom Token Pattern should specify the <line_breaks> option.
	The problem is in the <${tokType.name}> Token Type
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_LINE_BREAK`;
  } else {
    throw Error("non exhaustive match");
  }
}
function getCharCodes(charsOrCodes) {
  const charCodes = map_default(charsOrCodes, (numOrString) => {
    if (isString_default(numOrString)) {
      return numOrString.charCodeAt(0);
    } else {
      return numOrString;
    }
  });
  return charCodes;
}
function addToMapOfArrays(map2, key, value) {
  if (map2[key] === void 0) {
    map2[key] = [value];
  } else {
    map2[key].push(value);
  }
}
function charCodeToOptimizedIndex(charCode) {
  return charCode < minOptimizationVal ? charCode : charCodeToOptimizedIdxMap[charCode];
}
function initCharCodeToOptimizedIndexMap() {
  if (isEmpty_default(charCodeToOptimizedIdxMap)) {
    charCodeToOptimizedIdxMap = new Array(65536);
    for (let i = 0; i < 65536; i++) {
      charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
    }
  }
}
var PATTERN, DEFAULT_MODE, MODES, end_of_input, start_of_input, LineTerminatorOptimizedTester, minOptimizationVal, charCodeToOptimizedIdxMap;
var init_lexer = __esm({
  "node_modules/chevrotain/lib/src/scan/lexer.js"() {
    init_api3();
    init_lexer_public();
    init_lodash();
    init_api();
    init_reg_exp();
    init_reg_exp_parser();
    PATTERN = "PATTERN";
    DEFAULT_MODE = "defaultMode";
    MODES = "modes";
    end_of_input = /[^\\][$]/;
    start_of_input = /[^\\[][\^]|^\^/;
    LineTerminatorOptimizedTester = {
      // implements /\n|\r\n?/g.test
      test: function(text) {
        const len = text.length;
        for (let i = this.lastIndex; i < len; i++) {
          const c = text.charCodeAt(i);
          if (c === 10) {
            this.lastIndex = i + 1;
            return true;
          } else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10) {
              this.lastIndex = i + 2;
            } else {
              this.lastIndex = i + 1;
            }
            return true;
          }
        }
        return false;
      },
      lastIndex: 0
    };
    minOptimizationVal = 256;
    charCodeToOptimizedIdxMap = [];
  }
});

// node_modules/chevrotain/lib/src/scan/tokens.js
function tokenStructuredMatcher(tokInstance, tokConstructor) {
  const instanceType = tokInstance.tokenTypeIdx;
  if (instanceType === tokConstructor.tokenTypeIdx) {
    return true;
  } else {
    return tokConstructor.isParent === true && tokConstructor.categoryMatchesMap[instanceType] === true;
  }
}
function tokenStructuredMatcherNoCategories(token, tokType) {
  return token.tokenTypeIdx === tokType.tokenTypeIdx;
}
function augmentTokenTypes(tokenTypes) {
  const tokenTypesAndParents = expandCategories(tokenTypes);
  assignTokenDefaultProps(tokenTypesAndParents);
  assignCategoriesMapProp(tokenTypesAndParents);
  assignCategoriesTokensProp(tokenTypesAndParents);
  forEach_default(tokenTypesAndParents, (tokType) => {
    tokType.isParent = tokType.categoryMatches.length > 0;
  });
}
function expandCategories(tokenTypes) {
  let result = clone_default(tokenTypes);
  let categories = tokenTypes;
  let searching = true;
  while (searching) {
    categories = compact_default(flatten_default(map_default(categories, (currTokType) => currTokType.CATEGORIES)));
    const newCategories = difference_default(categories, result);
    result = result.concat(newCategories);
    if (isEmpty_default(newCategories)) {
      searching = false;
    } else {
      categories = newCategories;
    }
  }
  return result;
}
function assignTokenDefaultProps(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    if (!hasShortKeyProperty(currTokType)) {
      tokenIdxToClass[tokenShortNameIdx] = currTokType;
      currTokType.tokenTypeIdx = tokenShortNameIdx++;
    }
    if (hasCategoriesProperty(currTokType) && !isArray_default(currTokType.CATEGORIES)) {
      currTokType.CATEGORIES = [currTokType.CATEGORIES];
    }
    if (!hasCategoriesProperty(currTokType)) {
      currTokType.CATEGORIES = [];
    }
    if (!hasExtendingTokensTypesProperty(currTokType)) {
      currTokType.categoryMatches = [];
    }
    if (!hasExtendingTokensTypesMapProperty(currTokType)) {
      currTokType.categoryMatchesMap = {};
    }
  });
}
function assignCategoriesTokensProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    currTokType.categoryMatches = [];
    forEach_default(currTokType.categoryMatchesMap, (val, key) => {
      currTokType.categoryMatches.push(tokenIdxToClass[key].tokenTypeIdx);
    });
  });
}
function assignCategoriesMapProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    singleAssignCategoriesToksMap([], currTokType);
  });
}
function singleAssignCategoriesToksMap(path, nextNode) {
  forEach_default(path, (pathNode) => {
    nextNode.categoryMatchesMap[pathNode.tokenTypeIdx] = true;
  });
  forEach_default(nextNode.CATEGORIES, (nextCategory) => {
    const newPath = path.concat(nextNode);
    if (!includes_default(newPath, nextCategory)) {
      singleAssignCategoriesToksMap(newPath, nextCategory);
    }
  });
}
function hasShortKeyProperty(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}
function hasCategoriesProperty(tokType) {
  return has_default(tokType, "CATEGORIES");
}
function hasExtendingTokensTypesProperty(tokType) {
  return has_default(tokType, "categoryMatches");
}
function hasExtendingTokensTypesMapProperty(tokType) {
  return has_default(tokType, "categoryMatchesMap");
}
function isTokenType(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}
var tokenShortNameIdx, tokenIdxToClass;
var init_tokens = __esm({
  "node_modules/chevrotain/lib/src/scan/tokens.js"() {
    init_lodash();
    tokenShortNameIdx = 1;
    tokenIdxToClass = {};
  }
});

// node_modules/chevrotain/lib/src/scan/lexer_errors_public.js
var defaultLexerErrorProvider;
var init_lexer_errors_public = __esm({
  "node_modules/chevrotain/lib/src/scan/lexer_errors_public.js"() {
    defaultLexerErrorProvider = {
      buildUnableToPopLexerModeMessage(token) {
        return `Unable to pop Lexer Mode after encountering Token ->${token.image}<- The Mode Stack is empty`;
      },
      buildUnexpectedCharactersMessage(fullText, startOffset, length, line, column, mode) {
        return `unexpected character: ->${fullText.charAt(startOffset)}<- at offset: ${startOffset}, skipped ${length} characters.`;
      }
    };
  }
});

// node_modules/chevrotain/lib/src/scan/lexer_public.js
var LexerDefinitionErrorType, DEFAULT_LEXER_CONFIG, Lexer;
var init_lexer_public = __esm({
  "node_modules/chevrotain/lib/src/scan/lexer_public.js"() {
    init_lexer();
    init_lodash();
    init_api();
    init_tokens();
    init_lexer_errors_public();
    init_reg_exp_parser();
    (function(LexerDefinitionErrorType2) {
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MISSING_PATTERN"] = 0] = "MISSING_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_PATTERN"] = 1] = "INVALID_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["EOI_ANCHOR_FOUND"] = 2] = "EOI_ANCHOR_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNSUPPORTED_FLAGS_FOUND"] = 3] = "UNSUPPORTED_FLAGS_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["DUPLICATE_PATTERNS_FOUND"] = 4] = "DUPLICATE_PATTERNS_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_GROUP_TYPE_FOUND"] = 5] = "INVALID_GROUP_TYPE_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["PUSH_MODE_DOES_NOT_EXIST"] = 6] = "PUSH_MODE_DOES_NOT_EXIST";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE"] = 7] = "MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY"] = 8] = "MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST"] = 9] = "MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED"] = 10] = "LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["SOI_ANCHOR_FOUND"] = 11] = "SOI_ANCHOR_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["EMPTY_MATCH_PATTERN"] = 12] = "EMPTY_MATCH_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["NO_LINE_BREAKS_FLAGS"] = 13] = "NO_LINE_BREAKS_FLAGS";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNREACHABLE_PATTERN"] = 14] = "UNREACHABLE_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["IDENTIFY_TERMINATOR"] = 15] = "IDENTIFY_TERMINATOR";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["CUSTOM_LINE_BREAK"] = 16] = "CUSTOM_LINE_BREAK";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE"] = 17] = "MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE";
    })(LexerDefinitionErrorType || (LexerDefinitionErrorType = {}));
    DEFAULT_LEXER_CONFIG = {
      deferDefinitionErrorsHandling: false,
      positionTracking: "full",
      lineTerminatorsPattern: /\n|\r\n?/g,
      lineTerminatorCharacters: ["\n", "\r"],
      ensureOptimizations: false,
      safeMode: false,
      errorMessageProvider: defaultLexerErrorProvider,
      traceInitPerf: false,
      skipValidations: false,
      recoveryEnabled: true
    };
    Object.freeze(DEFAULT_LEXER_CONFIG);
    Lexer = class {
      constructor(lexerDefinition, config = DEFAULT_LEXER_CONFIG) {
        this.lexerDefinition = lexerDefinition;
        this.lexerDefinitionErrors = [];
        this.lexerDefinitionWarning = [];
        this.patternIdxToConfig = {};
        this.charCodeToPatternIdxToConfig = {};
        this.modes = [];
        this.emptyGroups = {};
        this.trackStartLines = true;
        this.trackEndLines = true;
        this.hasCustom = false;
        this.canModeBeOptimized = {};
        this.TRACE_INIT = (phaseDesc, phaseImpl) => {
          if (this.traceInitPerf === true) {
            this.traceInitIndent++;
            const indent = new Array(this.traceInitIndent + 1).join("	");
            if (this.traceInitIndent < this.traceInitMaxIdent) {
              console.log(`${indent}--> <${phaseDesc}>`);
            }
            const { time, value } = timer(phaseImpl);
            const traceMethod = time > 10 ? console.warn : console.log;
            if (this.traceInitIndent < this.traceInitMaxIdent) {
              traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
            }
            this.traceInitIndent--;
            return value;
          } else {
            return phaseImpl();
          }
        };
        if (typeof config === "boolean") {
          throw Error("The second argument to the Lexer constructor is now an ILexerConfig Object.\na boolean 2nd argument is no longer supported");
        }
        this.config = assign_default({}, DEFAULT_LEXER_CONFIG, config);
        const traceInitVal = this.config.traceInitPerf;
        if (traceInitVal === true) {
          this.traceInitMaxIdent = Infinity;
          this.traceInitPerf = true;
        } else if (typeof traceInitVal === "number") {
          this.traceInitMaxIdent = traceInitVal;
          this.traceInitPerf = true;
        }
        this.traceInitIndent = -1;
        this.TRACE_INIT("Lexer Constructor", () => {
          let actualDefinition;
          let hasOnlySingleMode = true;
          this.TRACE_INIT("Lexer Config handling", () => {
            if (this.config.lineTerminatorsPattern === DEFAULT_LEXER_CONFIG.lineTerminatorsPattern) {
              this.config.lineTerminatorsPattern = LineTerminatorOptimizedTester;
            } else {
              if (this.config.lineTerminatorCharacters === DEFAULT_LEXER_CONFIG.lineTerminatorCharacters) {
                throw Error("Error: Missing <lineTerminatorCharacters> property on the Lexer config.\n	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#MISSING_LINE_TERM_CHARS");
              }
            }
            if (config.safeMode && config.ensureOptimizations) {
              throw Error('"safeMode" and "ensureOptimizations" flags are mutually exclusive.');
            }
            this.trackStartLines = /full|onlyStart/i.test(this.config.positionTracking);
            this.trackEndLines = /full/i.test(this.config.positionTracking);
            if (isArray_default(lexerDefinition)) {
              actualDefinition = {
                modes: { defaultMode: clone_default(lexerDefinition) },
                defaultMode: DEFAULT_MODE
              };
            } else {
              hasOnlySingleMode = false;
              actualDefinition = clone_default(lexerDefinition);
            }
          });
          if (this.config.skipValidations === false) {
            this.TRACE_INIT("performRuntimeChecks", () => {
              this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(performRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
            });
            this.TRACE_INIT("performWarningRuntimeChecks", () => {
              this.lexerDefinitionWarning = this.lexerDefinitionWarning.concat(performWarningRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
            });
          }
          actualDefinition.modes = actualDefinition.modes ? actualDefinition.modes : {};
          forEach_default(actualDefinition.modes, (currModeValue, currModeName) => {
            actualDefinition.modes[currModeName] = reject_default(currModeValue, (currTokType) => isUndefined_default(currTokType));
          });
          const allModeNames = keys_default(actualDefinition.modes);
          forEach_default(actualDefinition.modes, (currModDef, currModName) => {
            this.TRACE_INIT(`Mode: <${currModName}> processing`, () => {
              this.modes.push(currModName);
              if (this.config.skipValidations === false) {
                this.TRACE_INIT(`validatePatterns`, () => {
                  this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(validatePatterns(currModDef, allModeNames));
                });
              }
              if (isEmpty_default(this.lexerDefinitionErrors)) {
                augmentTokenTypes(currModDef);
                let currAnalyzeResult;
                this.TRACE_INIT(`analyzeTokenTypes`, () => {
                  currAnalyzeResult = analyzeTokenTypes(currModDef, {
                    lineTerminatorCharacters: this.config.lineTerminatorCharacters,
                    positionTracking: config.positionTracking,
                    ensureOptimizations: config.ensureOptimizations,
                    safeMode: config.safeMode,
                    tracer: this.TRACE_INIT
                  });
                });
                this.patternIdxToConfig[currModName] = currAnalyzeResult.patternIdxToConfig;
                this.charCodeToPatternIdxToConfig[currModName] = currAnalyzeResult.charCodeToPatternIdxToConfig;
                this.emptyGroups = assign_default({}, this.emptyGroups, currAnalyzeResult.emptyGroups);
                this.hasCustom = currAnalyzeResult.hasCustom || this.hasCustom;
                this.canModeBeOptimized[currModName] = currAnalyzeResult.canBeOptimized;
              }
            });
          });
          this.defaultMode = actualDefinition.defaultMode;
          if (!isEmpty_default(this.lexerDefinitionErrors) && !this.config.deferDefinitionErrorsHandling) {
            const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
              return error.message;
            });
            const allErrMessagesString = allErrMessages.join("-----------------------\n");
            throw new Error("Errors detected in definition of Lexer:\n" + allErrMessagesString);
          }
          forEach_default(this.lexerDefinitionWarning, (warningDescriptor) => {
            PRINT_WARNING(warningDescriptor.message);
          });
          this.TRACE_INIT("Choosing sub-methods implementations", () => {
            if (hasOnlySingleMode) {
              this.handleModes = noop_default;
            }
            if (this.trackStartLines === false) {
              this.computeNewColumn = identity_default;
            }
            if (this.trackEndLines === false) {
              this.updateTokenEndLineColumnLocation = noop_default;
            }
            if (/full/i.test(this.config.positionTracking)) {
              this.createTokenInstance = this.createFullToken;
            } else if (/onlyStart/i.test(this.config.positionTracking)) {
              this.createTokenInstance = this.createStartOnlyToken;
            } else if (/onlyOffset/i.test(this.config.positionTracking)) {
              this.createTokenInstance = this.createOffsetOnlyToken;
            } else {
              throw Error(`Invalid <positionTracking> config option: "${this.config.positionTracking}"`);
            }
            if (this.hasCustom) {
              this.addToken = this.addTokenUsingPush;
              this.handlePayload = this.handlePayloadWithCustom;
            } else {
              this.addToken = this.addTokenUsingMemberAccess;
              this.handlePayload = this.handlePayloadNoCustom;
            }
          });
          this.TRACE_INIT("Failed Optimization Warnings", () => {
            const unOptimizedModes = reduce_default(this.canModeBeOptimized, (cannotBeOptimized, canBeOptimized, modeName) => {
              if (canBeOptimized === false) {
                cannotBeOptimized.push(modeName);
              }
              return cannotBeOptimized;
            }, []);
            if (config.ensureOptimizations && !isEmpty_default(unOptimizedModes)) {
              throw Error(`Lexer Modes: < ${unOptimizedModes.join(", ")} > cannot be optimized.
	 Disable the "ensureOptimizations" lexer config flag to silently ignore this and run the lexer in an un-optimized mode.
	 Or inspect the console log for details on how to resolve these issues.`);
            }
          });
          this.TRACE_INIT("clearRegExpParserCache", () => {
            clearRegExpParserCache();
          });
          this.TRACE_INIT("toFastProperties", () => {
            toFastProperties(this);
          });
        });
      }
      tokenize(text, initialMode = this.defaultMode) {
        if (!isEmpty_default(this.lexerDefinitionErrors)) {
          const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
            return error.message;
          });
          const allErrMessagesString = allErrMessages.join("-----------------------\n");
          throw new Error("Unable to Tokenize because Errors detected in definition of Lexer:\n" + allErrMessagesString);
        }
        return this.tokenizeInternal(text, initialMode);
      }
      // There is quite a bit of duplication between this and "tokenizeInternalLazy"
      // This is intentional due to performance considerations.
      // this method also used quite a bit of `!` none null assertions because it is too optimized
      // for `tsc` to always understand it is "safe"
      tokenizeInternal(text, initialMode) {
        let i, j, k, matchAltImage, longerAlt, matchedImage, payload, altPayload, imageLength, group, tokType, newToken, errLength, msg, match;
        const orgText = text;
        const orgLength = orgText.length;
        let offset = 0;
        let matchedTokensIndex = 0;
        const guessedNumberOfTokens = this.hasCustom ? 0 : Math.floor(text.length / 10);
        const matchedTokens = new Array(guessedNumberOfTokens);
        const errors = [];
        let line = this.trackStartLines ? 1 : void 0;
        let column = this.trackStartLines ? 1 : void 0;
        const groups = cloneEmptyGroups(this.emptyGroups);
        const trackLines = this.trackStartLines;
        const lineTerminatorPattern = this.config.lineTerminatorsPattern;
        let currModePatternsLength = 0;
        let patternIdxToConfig = [];
        let currCharCodeToPatternIdxToConfig = [];
        const modeStack = [];
        const emptyArray = [];
        Object.freeze(emptyArray);
        let isOptimizedMode = false;
        const pop_mode = (popToken) => {
          if (modeStack.length === 1 && // if we have both a POP_MODE and a PUSH_MODE this is in-fact a "transition"
          // So no error should occur.
          popToken.tokenType.PUSH_MODE === void 0) {
            const msg2 = this.config.errorMessageProvider.buildUnableToPopLexerModeMessage(popToken);
            errors.push({
              offset: popToken.startOffset,
              line: popToken.startLine,
              column: popToken.startColumn,
              length: popToken.image.length,
              message: msg2
            });
          } else {
            modeStack.pop();
            const newMode = last_default(modeStack);
            patternIdxToConfig = this.patternIdxToConfig[newMode];
            currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
            currModePatternsLength = patternIdxToConfig.length;
            const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
            if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
              isOptimizedMode = true;
            } else {
              isOptimizedMode = false;
            }
          }
        };
        function push_mode(newMode) {
          modeStack.push(newMode);
          currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
          patternIdxToConfig = this.patternIdxToConfig[newMode];
          currModePatternsLength = patternIdxToConfig.length;
          currModePatternsLength = patternIdxToConfig.length;
          const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
          if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
            isOptimizedMode = true;
          } else {
            isOptimizedMode = false;
          }
        }
        push_mode.call(this, initialMode);
        let currConfig;
        const recoveryEnabled = this.config.recoveryEnabled;
        while (offset < orgLength) {
          matchedImage = null;
          imageLength = -1;
          const nextCharCode = orgText.charCodeAt(offset);
          let chosenPatternIdxToConfig;
          if (isOptimizedMode) {
            const optimizedCharIdx = charCodeToOptimizedIndex(nextCharCode);
            const possiblePatterns = currCharCodeToPatternIdxToConfig[optimizedCharIdx];
            chosenPatternIdxToConfig = possiblePatterns !== void 0 ? possiblePatterns : emptyArray;
          } else {
            chosenPatternIdxToConfig = patternIdxToConfig;
          }
          const chosenPatternsLength = chosenPatternIdxToConfig.length;
          for (i = 0; i < chosenPatternsLength; i++) {
            currConfig = chosenPatternIdxToConfig[i];
            const currPattern = currConfig.pattern;
            payload = null;
            const singleCharCode = currConfig.short;
            if (singleCharCode !== false) {
              if (nextCharCode === singleCharCode) {
                imageLength = 1;
                matchedImage = currPattern;
              }
            } else if (currConfig.isCustom === true) {
              match = currPattern.exec(orgText, offset, matchedTokens, groups);
              if (match !== null) {
                matchedImage = match[0];
                imageLength = matchedImage.length;
                if (match.payload !== void 0) {
                  payload = match.payload;
                }
              } else {
                matchedImage = null;
              }
            } else {
              currPattern.lastIndex = offset;
              imageLength = this.matchLength(currPattern, text, offset);
            }
            if (imageLength !== -1) {
              longerAlt = currConfig.longerAlt;
              if (longerAlt !== void 0) {
                matchedImage = text.substring(offset, offset + imageLength);
                const longerAltLength = longerAlt.length;
                for (k = 0; k < longerAltLength; k++) {
                  const longerAltConfig = patternIdxToConfig[longerAlt[k]];
                  const longerAltPattern = longerAltConfig.pattern;
                  altPayload = null;
                  if (longerAltConfig.isCustom === true) {
                    match = longerAltPattern.exec(orgText, offset, matchedTokens, groups);
                    if (match !== null) {
                      matchAltImage = match[0];
                      if (match.payload !== void 0) {
                        altPayload = match.payload;
                      }
                    } else {
                      matchAltImage = null;
                    }
                  } else {
                    longerAltPattern.lastIndex = offset;
                    matchAltImage = this.match(longerAltPattern, text, offset);
                  }
                  if (matchAltImage && matchAltImage.length > matchedImage.length) {
                    matchedImage = matchAltImage;
                    imageLength = matchAltImage.length;
                    payload = altPayload;
                    currConfig = longerAltConfig;
                    break;
                  }
                }
              }
              break;
            }
          }
          if (imageLength !== -1) {
            group = currConfig.group;
            if (group !== void 0) {
              matchedImage = matchedImage !== null ? matchedImage : text.substring(offset, offset + imageLength);
              tokType = currConfig.tokenTypeIdx;
              newToken = this.createTokenInstance(matchedImage, offset, tokType, currConfig.tokenType, line, column, imageLength);
              this.handlePayload(newToken, payload);
              if (group === false) {
                matchedTokensIndex = this.addToken(matchedTokens, matchedTokensIndex, newToken);
              } else {
                groups[group].push(newToken);
              }
            }
            if (trackLines === true && currConfig.canLineTerminator === true) {
              let numOfLTsInMatch = 0;
              let foundTerminator;
              let lastLTEndOffset;
              lineTerminatorPattern.lastIndex = 0;
              do {
                matchedImage = matchedImage !== null ? matchedImage : text.substring(offset, offset + imageLength);
                foundTerminator = lineTerminatorPattern.test(matchedImage);
                if (foundTerminator === true) {
                  lastLTEndOffset = lineTerminatorPattern.lastIndex - 1;
                  numOfLTsInMatch++;
                }
              } while (foundTerminator === true);
              if (numOfLTsInMatch !== 0) {
                line = line + numOfLTsInMatch;
                column = imageLength - lastLTEndOffset;
                this.updateTokenEndLineColumnLocation(newToken, group, lastLTEndOffset, numOfLTsInMatch, line, column, imageLength);
              } else {
                column = this.computeNewColumn(column, imageLength);
              }
            } else {
              column = this.computeNewColumn(column, imageLength);
            }
            offset = offset + imageLength;
            this.handleModes(currConfig, pop_mode, push_mode, newToken);
          } else {
            const errorStartOffset = offset;
            const errorLine = line;
            const errorColumn = column;
            let foundResyncPoint = recoveryEnabled === false;
            while (foundResyncPoint === false && offset < orgLength) {
              offset++;
              for (j = 0; j < currModePatternsLength; j++) {
                const currConfig2 = patternIdxToConfig[j];
                const currPattern = currConfig2.pattern;
                const singleCharCode = currConfig2.short;
                if (singleCharCode !== false) {
                  if (orgText.charCodeAt(offset) === singleCharCode) {
                    foundResyncPoint = true;
                  }
                } else if (currConfig2.isCustom === true) {
                  foundResyncPoint = currPattern.exec(orgText, offset, matchedTokens, groups) !== null;
                } else {
                  currPattern.lastIndex = offset;
                  foundResyncPoint = currPattern.exec(text) !== null;
                }
                if (foundResyncPoint === true) {
                  break;
                }
              }
            }
            errLength = offset - errorStartOffset;
            column = this.computeNewColumn(column, errLength);
            msg = this.config.errorMessageProvider.buildUnexpectedCharactersMessage(orgText, errorStartOffset, errLength, errorLine, errorColumn, last_default(modeStack));
            errors.push({
              offset: errorStartOffset,
              line: errorLine,
              column: errorColumn,
              length: errLength,
              message: msg
            });
            if (recoveryEnabled === false) {
              break;
            }
          }
        }
        if (!this.hasCustom) {
          matchedTokens.length = matchedTokensIndex;
        }
        return {
          tokens: matchedTokens,
          groups,
          errors
        };
      }
      handleModes(config, pop_mode, push_mode, newToken) {
        if (config.pop === true) {
          const pushMode = config.push;
          pop_mode(newToken);
          if (pushMode !== void 0) {
            push_mode.call(this, pushMode);
          }
        } else if (config.push !== void 0) {
          push_mode.call(this, config.push);
        }
      }
      // TODO: decrease this under 600 characters? inspect stripping comments option in TSC compiler
      updateTokenEndLineColumnLocation(newToken, group, lastLTIdx, numOfLTsInMatch, line, column, imageLength) {
        let lastCharIsLT, fixForEndingInLT;
        if (group !== void 0) {
          lastCharIsLT = lastLTIdx === imageLength - 1;
          fixForEndingInLT = lastCharIsLT ? -1 : 0;
          if (!(numOfLTsInMatch === 1 && lastCharIsLT === true)) {
            newToken.endLine = line + fixForEndingInLT;
            newToken.endColumn = column - 1 + -fixForEndingInLT;
          }
        }
      }
      computeNewColumn(oldColumn, imageLength) {
        return oldColumn + imageLength;
      }
      createOffsetOnlyToken(image, startOffset, tokenTypeIdx, tokenType) {
        return {
          image,
          startOffset,
          tokenTypeIdx,
          tokenType
        };
      }
      createStartOnlyToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn) {
        return {
          image,
          startOffset,
          startLine,
          startColumn,
          tokenTypeIdx,
          tokenType
        };
      }
      createFullToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength) {
        return {
          image,
          startOffset,
          endOffset: startOffset + imageLength - 1,
          startLine,
          endLine: startLine,
          startColumn,
          endColumn: startColumn + imageLength - 1,
          tokenTypeIdx,
          tokenType
        };
      }
      addTokenUsingPush(tokenVector, index, tokenToAdd) {
        tokenVector.push(tokenToAdd);
        return index;
      }
      addTokenUsingMemberAccess(tokenVector, index, tokenToAdd) {
        tokenVector[index] = tokenToAdd;
        index++;
        return index;
      }
      handlePayloadNoCustom(token, payload) {
      }
      handlePayloadWithCustom(token, payload) {
        if (payload !== null) {
          token.payload = payload;
        }
      }
      match(pattern, text, offset) {
        const found = pattern.test(text);
        if (found === true) {
          return text.substring(offset, pattern.lastIndex);
        }
        return null;
      }
      matchLength(pattern, text, offset) {
        const found = pattern.test(text);
        if (found === true) {
          return pattern.lastIndex - offset;
        }
        return -1;
      }
    };
    Lexer.SKIPPED = "This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into oblivion, this can be used to for example to completely ignore whitespace.";
    Lexer.NA = /NOT_APPLICABLE/;
  }
});

// node_modules/chevrotain/lib/src/scan/tokens_public.js
function tokenLabel2(tokType) {
  if (hasTokenLabel2(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel2(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
function createToken(config) {
  return createTokenInternal(config);
}
function createTokenInternal(config) {
  const pattern = config.pattern;
  const tokenType = {};
  tokenType.name = config.name;
  if (!isUndefined_default(pattern)) {
    tokenType.PATTERN = pattern;
  }
  if (has_default(config, PARENT)) {
    throw "The parent property is no longer supported.\nSee: https://github.com/chevrotain/chevrotain/issues/564#issuecomment-349062346 for details.";
  }
  if (has_default(config, CATEGORIES)) {
    tokenType.CATEGORIES = config[CATEGORIES];
  }
  augmentTokenTypes([tokenType]);
  if (has_default(config, LABEL)) {
    tokenType.LABEL = config[LABEL];
  }
  if (has_default(config, GROUP)) {
    tokenType.GROUP = config[GROUP];
  }
  if (has_default(config, POP_MODE)) {
    tokenType.POP_MODE = config[POP_MODE];
  }
  if (has_default(config, PUSH_MODE)) {
    tokenType.PUSH_MODE = config[PUSH_MODE];
  }
  if (has_default(config, LONGER_ALT)) {
    tokenType.LONGER_ALT = config[LONGER_ALT];
  }
  if (has_default(config, LINE_BREAKS)) {
    tokenType.LINE_BREAKS = config[LINE_BREAKS];
  }
  if (has_default(config, START_CHARS_HINT)) {
    tokenType.START_CHARS_HINT = config[START_CHARS_HINT];
  }
  return tokenType;
}
function createTokenInstance(tokType, image, startOffset, endOffset, startLine, endLine, startColumn, endColumn) {
  return {
    image,
    startOffset,
    endOffset,
    startLine,
    endLine,
    startColumn,
    endColumn,
    tokenTypeIdx: tokType.tokenTypeIdx,
    tokenType: tokType
  };
}
function tokenMatcher(token, tokType) {
  return tokenStructuredMatcher(token, tokType);
}
var PARENT, CATEGORIES, LABEL, GROUP, PUSH_MODE, POP_MODE, LONGER_ALT, LINE_BREAKS, START_CHARS_HINT, EOF;
var init_tokens_public = __esm({
  "node_modules/chevrotain/lib/src/scan/tokens_public.js"() {
    init_lodash();
    init_lexer_public();
    init_tokens();
    PARENT = "parent";
    CATEGORIES = "categories";
    LABEL = "label";
    GROUP = "group";
    PUSH_MODE = "push_mode";
    POP_MODE = "pop_mode";
    LONGER_ALT = "longer_alt";
    LINE_BREAKS = "line_breaks";
    START_CHARS_HINT = "start_chars_hint";
    EOF = createToken({ name: "EOF", pattern: Lexer.NA });
    augmentTokenTypes([EOF]);
  }
});

// node_modules/chevrotain/lib/src/parse/errors_public.js
var defaultParserErrorProvider, defaultGrammarResolverErrorProvider, defaultGrammarValidatorErrorProvider;
var init_errors_public = __esm({
  "node_modules/chevrotain/lib/src/parse/errors_public.js"() {
    init_tokens_public();
    init_lodash();
    init_api2();
    defaultParserErrorProvider = {
      buildMismatchTokenMessage({ expected, actual, previous, ruleName: ruleName2 }) {
        const hasLabel = hasTokenLabel2(expected);
        const expectedMsg = hasLabel ? `--> ${tokenLabel2(expected)} <--` : `token of type --> ${expected.name} <--`;
        const msg = `Expecting ${expectedMsg} but found --> '${actual.image}' <--`;
        return msg;
      },
      buildNotAllInputParsedMessage({ firstRedundant, ruleName: ruleName2 }) {
        return "Redundant input, expecting EOF but found: " + firstRedundant.image;
      },
      buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, customUserDescription, ruleName: ruleName2 }) {
        const errPrefix = "Expecting: ";
        const actualText = head_default(actual).image;
        const errSuffix = "\nbut found: '" + actualText + "'";
        if (customUserDescription) {
          return errPrefix + customUserDescription + errSuffix;
        } else {
          const allLookAheadPaths = reduce_default(expectedPathsPerAlt, (result, currAltPaths) => result.concat(currAltPaths), []);
          const nextValidTokenSequences = map_default(allLookAheadPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(", ")}]`);
          const nextValidSequenceItems = map_default(nextValidTokenSequences, (itemMsg, idx) => `  ${idx + 1}. ${itemMsg}`);
          const calculatedDescription = `one of these possible Token sequences:
${nextValidSequenceItems.join("\n")}`;
          return errPrefix + calculatedDescription + errSuffix;
        }
      },
      buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription, ruleName: ruleName2 }) {
        const errPrefix = "Expecting: ";
        const actualText = head_default(actual).image;
        const errSuffix = "\nbut found: '" + actualText + "'";
        if (customUserDescription) {
          return errPrefix + customUserDescription + errSuffix;
        } else {
          const nextValidTokenSequences = map_default(expectedIterationPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(",")}]`);
          const calculatedDescription = `expecting at least one iteration which starts with one of these possible Token sequences::
  <${nextValidTokenSequences.join(" ,")}>`;
          return errPrefix + calculatedDescription + errSuffix;
        }
      }
    };
    Object.freeze(defaultParserErrorProvider);
    defaultGrammarResolverErrorProvider = {
      buildRuleNotFoundError(topLevelRule, undefinedRule) {
        const msg = "Invalid grammar, reference to a rule which is not defined: ->" + undefinedRule.nonTerminalName + "<-\ninside top level rule: ->" + topLevelRule.name + "<-";
        return msg;
      }
    };
    defaultGrammarValidatorErrorProvider = {
      buildDuplicateFoundError(topLevelRule, duplicateProds) {
        function getExtraProductionArgument2(prod) {
          if (prod instanceof Terminal) {
            return prod.terminalType.name;
          } else if (prod instanceof NonTerminal) {
            return prod.nonTerminalName;
          } else {
            return "";
          }
        }
        const topLevelName = topLevelRule.name;
        const duplicateProd = head_default(duplicateProds);
        const index = duplicateProd.idx;
        const dslName = getProductionDslName(duplicateProd);
        const extraArgument = getExtraProductionArgument2(duplicateProd);
        const hasExplicitIndex = index > 0;
        let msg = `->${dslName}${hasExplicitIndex ? index : ""}<- ${extraArgument ? `with argument: ->${extraArgument}<-` : ""}
                  appears more than once (${duplicateProds.length} times) in the top level rule: ->${topLevelName}<-.                  
                  For further details see: https://chevrotain.io/docs/FAQ.html#NUMERICAL_SUFFIXES 
                  `;
        msg = msg.replace(/[ \t]+/g, " ");
        msg = msg.replace(/\s\s+/g, "\n");
        return msg;
      },
      buildNamespaceConflictError(rule) {
        const errMsg = `Namespace conflict found in grammar.
The grammar has both a Terminal(Token) and a Non-Terminal(Rule) named: <${rule.name}>.
To resolve this make sure each Terminal and Non-Terminal names are unique
This is easy to accomplish by using the convention that Terminal names start with an uppercase letter
and Non-Terminal names start with a lower case letter.`;
        return errMsg;
      },
      buildAlternationPrefixAmbiguityError(options) {
        const pathMsg = map_default(options.prefixPath, (currTok) => tokenLabel2(currTok)).join(", ");
        const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
        const errMsg = `Ambiguous alternatives: <${options.ambiguityIndices.join(" ,")}> due to common lookahead prefix
in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
<${pathMsg}> may appears as a prefix path in all these alternatives.
See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#COMMON_PREFIX
For Further details.`;
        return errMsg;
      },
      buildAlternationAmbiguityError(options) {
        const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
        const isEmptyPath = options.prefixPath.length === 0;
        let currMessage = `Ambiguous Alternatives Detected: <${options.ambiguityIndices.join(" ,")}> in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
`;
        if (isEmptyPath) {
          currMessage += `These alternatives are all empty (match no tokens), making them indistinguishable.
Only the last alternative may be empty.
`;
        } else {
          const pathMsg = map_default(options.prefixPath, (currtok) => tokenLabel2(currtok)).join(", ");
          currMessage += `<${pathMsg}> may appears as a prefix path in all these alternatives.
`;
        }
        currMessage += `See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#AMBIGUOUS_ALTERNATIVES
For Further details.`;
        return currMessage;
      },
      buildEmptyRepetitionError(options) {
        let dslName = getProductionDslName(options.repetition);
        if (options.repetition.idx !== 0) {
          dslName += options.repetition.idx;
        }
        const errMsg = `The repetition <${dslName}> within Rule <${options.topLevelRule.name}> can never consume any tokens.
This could lead to an infinite loop.`;
        return errMsg;
      },
      // TODO: remove - `errors_public` from nyc.config.js exclude
      //       once this method is fully removed from this file
      buildTokenNameError(options) {
        return "deprecated";
      },
      buildEmptyAlternationError(options) {
        const errMsg = `Ambiguous empty alternative: <${options.emptyChoiceIdx + 1}> in <OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
Only the last alternative may be an empty alternative.`;
        return errMsg;
      },
      buildTooManyAlternativesError(options) {
        const errMsg = `An Alternation cannot have more than 256 alternatives:
<OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
 has ${options.alternation.definition.length + 1} alternatives.`;
        return errMsg;
      },
      buildLeftRecursionError(options) {
        const ruleName2 = options.topLevelRule.name;
        const pathNames = map_default(options.leftRecursionPath, (currRule) => currRule.name);
        const leftRecursivePath = `${ruleName2} --> ${pathNames.concat([ruleName2]).join(" --> ")}`;
        const errMsg = `Left Recursion found in grammar.
rule: <${ruleName2}> can be invoked from itself (directly or indirectly)
without consuming any Tokens. The grammar path that causes this is: 
 ${leftRecursivePath}
 To fix this refactor your grammar to remove the left recursion.
see: https://en.wikipedia.org/wiki/LL_parser#Left_factoring.`;
        return errMsg;
      },
      // TODO: remove - `errors_public` from nyc.config.js exclude
      //       once this method is fully removed from this file
      buildInvalidRuleNameError(options) {
        return "deprecated";
      },
      buildDuplicateRuleNameError(options) {
        let ruleName2;
        if (options.topLevelRule instanceof Rule) {
          ruleName2 = options.topLevelRule.name;
        } else {
          ruleName2 = options.topLevelRule;
        }
        const errMsg = `Duplicate definition, rule: ->${ruleName2}<- is already defined in the grammar: ->${options.grammarName}<-`;
        return errMsg;
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/resolver.js
function resolveGrammar(topLevels, errMsgProvider) {
  const refResolver = new GastRefResolverVisitor(topLevels, errMsgProvider);
  refResolver.resolveRefs();
  return refResolver.errors;
}
var GastRefResolverVisitor;
var init_resolver = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/resolver.js"() {
    init_parser();
    init_lodash();
    init_api2();
    GastRefResolverVisitor = class extends GAstVisitor {
      constructor(nameToTopRule, errMsgProvider) {
        super();
        this.nameToTopRule = nameToTopRule;
        this.errMsgProvider = errMsgProvider;
        this.errors = [];
      }
      resolveRefs() {
        forEach_default(values_default(this.nameToTopRule), (prod) => {
          this.currTopLevel = prod;
          prod.accept(this);
        });
      }
      visitNonTerminal(node) {
        const ref = this.nameToTopRule[node.nonTerminalName];
        if (!ref) {
          const msg = this.errMsgProvider.buildRuleNotFoundError(this.currTopLevel, node);
          this.errors.push({
            message: msg,
            type: ParserDefinitionErrorType.UNRESOLVED_SUBRULE_REF,
            ruleName: this.currTopLevel.name,
            unresolvedRefName: node.nonTerminalName
          });
        } else {
          node.referencedRule = ref;
        }
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/interpreter.js
function possiblePathsFrom(targetDef, maxLength, currPath = []) {
  currPath = clone_default(currPath);
  let result = [];
  let i = 0;
  function remainingPathWith(nextDef) {
    return nextDef.concat(drop_default(targetDef, i + 1));
  }
  function getAlternativesForProd(definition) {
    const alternatives = possiblePathsFrom(remainingPathWith(definition), maxLength, currPath);
    return result.concat(alternatives);
  }
  while (currPath.length < maxLength && i < targetDef.length) {
    const prod = targetDef[i];
    if (prod instanceof Alternative) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof NonTerminal) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof Option2) {
      result = getAlternativesForProd(prod.definition);
    } else if (prod instanceof RepetitionMandatory) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const newDef = [
        new Alternative({ definition: prod.definition }),
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ];
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionWithSeparator) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Repetition) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Alternation) {
      forEach_default(prod.definition, (currAlt) => {
        if (isEmpty_default(currAlt.definition) === false) {
          result = getAlternativesForProd(currAlt.definition);
        }
      });
      return result;
    } else if (prod instanceof Terminal) {
      currPath.push(prod.terminalType);
    } else {
      throw Error("non exhaustive match");
    }
    i++;
  }
  result.push({
    partialPath: currPath,
    suffixDef: drop_default(targetDef, i)
  });
  return result;
}
function nextPossibleTokensAfter(initialDef, tokenVector, tokMatcher, maxLookAhead) {
  const EXIT_NON_TERMINAL = "EXIT_NONE_TERMINAL";
  const EXIT_NON_TERMINAL_ARR = [EXIT_NON_TERMINAL];
  const EXIT_ALTERNATIVE = "EXIT_ALTERNATIVE";
  let foundCompletePath = false;
  const tokenVectorLength = tokenVector.length;
  const minimalAlternativesIndex = tokenVectorLength - maxLookAhead - 1;
  const result = [];
  const possiblePaths = [];
  possiblePaths.push({
    idx: -1,
    def: initialDef,
    ruleStack: [],
    occurrenceStack: []
  });
  while (!isEmpty_default(possiblePaths)) {
    const currPath = possiblePaths.pop();
    if (currPath === EXIT_ALTERNATIVE) {
      if (foundCompletePath && last_default(possiblePaths).idx <= minimalAlternativesIndex) {
        possiblePaths.pop();
      }
      continue;
    }
    const currDef = currPath.def;
    const currIdx = currPath.idx;
    const currRuleStack = currPath.ruleStack;
    const currOccurrenceStack = currPath.occurrenceStack;
    if (isEmpty_default(currDef)) {
      continue;
    }
    const prod = currDef[0];
    if (prod === EXIT_NON_TERMINAL) {
      const nextPath = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: dropRight_default(currRuleStack),
        occurrenceStack: dropRight_default(currOccurrenceStack)
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Terminal) {
      if (currIdx < tokenVectorLength - 1) {
        const nextIdx = currIdx + 1;
        const actualToken = tokenVector[nextIdx];
        if (tokMatcher(actualToken, prod.terminalType)) {
          const nextPath = {
            idx: nextIdx,
            def: drop_default(currDef),
            ruleStack: currRuleStack,
            occurrenceStack: currOccurrenceStack
          };
          possiblePaths.push(nextPath);
        }
      } else if (currIdx === tokenVectorLength - 1) {
        result.push({
          nextTokenType: prod.terminalType,
          nextTokenOccurrence: prod.idx,
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        });
        foundCompletePath = true;
      } else {
        throw Error("non exhaustive match");
      }
    } else if (prod instanceof NonTerminal) {
      const newRuleStack = clone_default(currRuleStack);
      newRuleStack.push(prod.nonTerminalName);
      const newOccurrenceStack = clone_default(currOccurrenceStack);
      newOccurrenceStack.push(prod.idx);
      const nextPath = {
        idx: currIdx,
        def: prod.definition.concat(EXIT_NON_TERMINAL_ARR, drop_default(currDef)),
        ruleStack: newRuleStack,
        occurrenceStack: newOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Option2) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nextPathWith = {
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof RepetitionMandatory) {
      const secondIteration = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const secondIteration = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionWithSeparator) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const nthRepetition = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Repetition) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nthRepetition = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Alternation) {
      for (let i = prod.definition.length - 1; i >= 0; i--) {
        const currAlt = prod.definition[i];
        const currAltPath = {
          idx: currIdx,
          def: currAlt.definition.concat(drop_default(currDef)),
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        };
        possiblePaths.push(currAltPath);
        possiblePaths.push(EXIT_ALTERNATIVE);
      }
    } else if (prod instanceof Alternative) {
      possiblePaths.push({
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      });
    } else if (prod instanceof Rule) {
      possiblePaths.push(expandTopLevelRule(prod, currIdx, currRuleStack, currOccurrenceStack));
    } else {
      throw Error("non exhaustive match");
    }
  }
  return result;
}
function expandTopLevelRule(topRule, currIdx, currRuleStack, currOccurrenceStack) {
  const newRuleStack = clone_default(currRuleStack);
  newRuleStack.push(topRule.name);
  const newCurrOccurrenceStack = clone_default(currOccurrenceStack);
  newCurrOccurrenceStack.push(1);
  return {
    idx: currIdx,
    def: topRule.definition,
    ruleStack: newRuleStack,
    occurrenceStack: newCurrOccurrenceStack
  };
}
var AbstractNextPossibleTokensWalker, NextAfterTokenWalker, AbstractNextTerminalAfterProductionWalker, NextTerminalAfterManyWalker, NextTerminalAfterManySepWalker, NextTerminalAfterAtLeastOneWalker, NextTerminalAfterAtLeastOneSepWalker;
var init_interpreter = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/interpreter.js"() {
    init_lodash();
    init_first2();
    init_rest();
    init_api2();
    AbstractNextPossibleTokensWalker = class extends RestWalker {
      constructor(topProd, path) {
        super();
        this.topProd = topProd;
        this.path = path;
        this.possibleTokTypes = [];
        this.nextProductionName = "";
        this.nextProductionOccurrence = 0;
        this.found = false;
        this.isAtEndOfPath = false;
      }
      startWalking() {
        this.found = false;
        if (this.path.ruleStack[0] !== this.topProd.name) {
          throw Error("The path does not start with the walker's top Rule!");
        }
        this.ruleStack = clone_default(this.path.ruleStack).reverse();
        this.occurrenceStack = clone_default(this.path.occurrenceStack).reverse();
        this.ruleStack.pop();
        this.occurrenceStack.pop();
        this.updateExpectedNext();
        this.walk(this.topProd);
        return this.possibleTokTypes;
      }
      walk(prod, prevRest = []) {
        if (!this.found) {
          super.walk(prod, prevRest);
        }
      }
      walkProdRef(refProd, currRest, prevRest) {
        if (refProd.referencedRule.name === this.nextProductionName && refProd.idx === this.nextProductionOccurrence) {
          const fullRest = currRest.concat(prevRest);
          this.updateExpectedNext();
          this.walk(refProd.referencedRule, fullRest);
        }
      }
      updateExpectedNext() {
        if (isEmpty_default(this.ruleStack)) {
          this.nextProductionName = "";
          this.nextProductionOccurrence = 0;
          this.isAtEndOfPath = true;
        } else {
          this.nextProductionName = this.ruleStack.pop();
          this.nextProductionOccurrence = this.occurrenceStack.pop();
        }
      }
    };
    NextAfterTokenWalker = class extends AbstractNextPossibleTokensWalker {
      constructor(topProd, path) {
        super(topProd, path);
        this.path = path;
        this.nextTerminalName = "";
        this.nextTerminalOccurrence = 0;
        this.nextTerminalName = this.path.lastTok.name;
        this.nextTerminalOccurrence = this.path.lastTokOccurrence;
      }
      walkTerminal(terminal, currRest, prevRest) {
        if (this.isAtEndOfPath && terminal.terminalType.name === this.nextTerminalName && terminal.idx === this.nextTerminalOccurrence && !this.found) {
          const fullRest = currRest.concat(prevRest);
          const restProd = new Alternative({ definition: fullRest });
          this.possibleTokTypes = first(restProd);
          this.found = true;
        }
      }
    };
    AbstractNextTerminalAfterProductionWalker = class extends RestWalker {
      constructor(topRule, occurrence) {
        super();
        this.topRule = topRule;
        this.occurrence = occurrence;
        this.result = {
          token: void 0,
          occurrence: void 0,
          isEndOfRule: void 0
        };
      }
      startWalking() {
        this.walk(this.topRule);
        return this.result;
      }
    };
    NextTerminalAfterManyWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkMany(manyProd, currRest, prevRest) {
        if (manyProd.idx === this.occurrence) {
          const firstAfterMany = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterMany === void 0;
          if (firstAfterMany instanceof Terminal) {
            this.result.token = firstAfterMany.terminalType;
            this.result.occurrence = firstAfterMany.idx;
          }
        } else {
          super.walkMany(manyProd, currRest, prevRest);
        }
      }
    };
    NextTerminalAfterManySepWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkManySep(manySepProd, currRest, prevRest) {
        if (manySepProd.idx === this.occurrence) {
          const firstAfterManySep = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterManySep === void 0;
          if (firstAfterManySep instanceof Terminal) {
            this.result.token = firstAfterManySep.terminalType;
            this.result.occurrence = firstAfterManySep.idx;
          }
        } else {
          super.walkManySep(manySepProd, currRest, prevRest);
        }
      }
    };
    NextTerminalAfterAtLeastOneWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
        if (atLeastOneProd.idx === this.occurrence) {
          const firstAfterAtLeastOne = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterAtLeastOne === void 0;
          if (firstAfterAtLeastOne instanceof Terminal) {
            this.result.token = firstAfterAtLeastOne.terminalType;
            this.result.occurrence = firstAfterAtLeastOne.idx;
          }
        } else {
          super.walkAtLeastOne(atLeastOneProd, currRest, prevRest);
        }
      }
    };
    NextTerminalAfterAtLeastOneSepWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest) {
        if (atleastOneSepProd.idx === this.occurrence) {
          const firstAfterfirstAfterAtLeastOneSep = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterfirstAfterAtLeastOneSep === void 0;
          if (firstAfterfirstAfterAtLeastOneSep instanceof Terminal) {
            this.result.token = firstAfterfirstAfterAtLeastOneSep.terminalType;
            this.result.occurrence = firstAfterfirstAfterAtLeastOneSep.idx;
          }
        } else {
          super.walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest);
        }
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/lookahead.js
function getProdType(prod) {
  if (prod instanceof Option2 || prod === "Option") {
    return PROD_TYPE.OPTION;
  } else if (prod instanceof Repetition || prod === "Repetition") {
    return PROD_TYPE.REPETITION;
  } else if (prod instanceof RepetitionMandatory || prod === "RepetitionMandatory") {
    return PROD_TYPE.REPETITION_MANDATORY;
  } else if (prod instanceof RepetitionMandatoryWithSeparator || prod === "RepetitionMandatoryWithSeparator") {
    return PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR;
  } else if (prod instanceof RepetitionWithSeparator || prod === "RepetitionWithSeparator") {
    return PROD_TYPE.REPETITION_WITH_SEPARATOR;
  } else if (prod instanceof Alternation || prod === "Alternation") {
    return PROD_TYPE.ALTERNATION;
  } else {
    throw Error("non exhaustive match");
  }
}
function buildLookaheadFuncForOr(occurrence, ruleGrammar, maxLookahead, hasPredicates, dynamicTokensEnabled, laFuncBuilder) {
  const lookAheadPaths = getLookaheadPathsForOr(occurrence, ruleGrammar, maxLookahead);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return laFuncBuilder(lookAheadPaths, hasPredicates, tokenMatcher2, dynamicTokensEnabled);
}
function buildLookaheadFuncForOptionalProd(occurrence, ruleGrammar, k, dynamicTokensEnabled, prodType, lookaheadBuilder) {
  const lookAheadPaths = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return lookaheadBuilder(lookAheadPaths[0], tokenMatcher2, dynamicTokensEnabled);
}
function buildAlternativesLookAheadFunc(alts, hasPredicates, tokenMatcher2, dynamicTokensEnabled) {
  const numOfAlts = alts.length;
  const areAllOneTokenLookahead = every_default(alts, (currAlt) => {
    return every_default(currAlt, (currPath) => {
      return currPath.length === 1;
    });
  });
  if (hasPredicates) {
    return function(orAlts) {
      const predicates = map_default(orAlts, (currAlt) => currAlt.GATE);
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        const currPredicate = predicates[t];
        if (currPredicate !== void 0 && currPredicate.call(this) === false) {
          continue;
        }
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  } else if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokenAlts = map_default(alts, (currAlt) => {
      return flatten_default(currAlt);
    });
    const choiceToAlt = reduce_default(singleTokenAlts, (result, currAlt, idx) => {
      forEach_default(currAlt, (currTokType) => {
        if (!has_default(result, currTokType.tokenTypeIdx)) {
          result[currTokType.tokenTypeIdx] = idx;
        }
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          if (!has_default(result, currExtendingType)) {
            result[currExtendingType] = idx;
          }
        });
      });
      return result;
    }, {});
    return function() {
      const nextToken = this.LA_FAST(1);
      return choiceToAlt[nextToken.tokenTypeIdx];
    };
  } else {
    return function() {
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  }
}
function buildSingleAlternativeLookaheadFunction(alt, tokenMatcher2, dynamicTokensEnabled) {
  const areAllOneTokenLookahead = every_default(alt, (currPath) => {
    return currPath.length === 1;
  });
  const numOfPaths = alt.length;
  if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokensTypes = flatten_default(alt);
    if (singleTokensTypes.length === 1 && isEmpty_default(singleTokensTypes[0].categoryMatches)) {
      const expectedTokenType = singleTokensTypes[0];
      const expectedTokenUniqueKey = expectedTokenType.tokenTypeIdx;
      return function() {
        return this.LA_FAST(1).tokenTypeIdx === expectedTokenUniqueKey;
      };
    } else {
      const choiceToAlt = reduce_default(singleTokensTypes, (result, currTokType, idx) => {
        result[currTokType.tokenTypeIdx] = true;
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          result[currExtendingType] = true;
        });
        return result;
      }, []);
      return function() {
        const nextToken = this.LA_FAST(1);
        return choiceToAlt[nextToken.tokenTypeIdx] === true;
      };
    }
  } else {
    return function() {
      nextPath: for (let j = 0; j < numOfPaths; j++) {
        const currPath = alt[j];
        const currPathLength = currPath.length;
        for (let i = 0; i < currPathLength; i++) {
          const nextToken = this.LA_FAST(i + 1);
          if (tokenMatcher2(nextToken, currPath[i]) === false) {
            continue nextPath;
          }
        }
        return true;
      }
      return false;
    };
  }
}
function initializeArrayOfArrays(size) {
  const result = new Array(size);
  for (let i = 0; i < size; i++) {
    result[i] = [];
  }
  return result;
}
function pathToHashKeys(path) {
  let keys2 = [""];
  for (let i = 0; i < path.length; i++) {
    const tokType = path[i];
    const longerKeys = [];
    for (let j = 0; j < keys2.length; j++) {
      const currShorterKey = keys2[j];
      longerKeys.push(currShorterKey + "_" + tokType.tokenTypeIdx);
      for (let t = 0; t < tokType.categoryMatches.length; t++) {
        const categoriesKeySuffix = "_" + tokType.categoryMatches[t];
        longerKeys.push(currShorterKey + categoriesKeySuffix);
      }
    }
    keys2 = longerKeys;
  }
  return keys2;
}
function isUniquePrefixHash(altKnownPathsKeys, searchPathKeys, idx) {
  for (let currAltIdx = 0; currAltIdx < altKnownPathsKeys.length; currAltIdx++) {
    if (currAltIdx === idx) {
      continue;
    }
    const otherAltKnownPathsKeys = altKnownPathsKeys[currAltIdx];
    for (let searchIdx = 0; searchIdx < searchPathKeys.length; searchIdx++) {
      const searchKey = searchPathKeys[searchIdx];
      if (otherAltKnownPathsKeys[searchKey] === true) {
        return false;
      }
    }
  }
  return true;
}
function lookAheadSequenceFromAlternatives(altsDefs, k) {
  const partialAlts = map_default(altsDefs, (currAlt) => possiblePathsFrom([currAlt], 1));
  const finalResult = initializeArrayOfArrays(partialAlts.length);
  const altsHashes = map_default(partialAlts, (currAltPaths) => {
    const dict = {};
    forEach_default(currAltPaths, (item) => {
      const keys2 = pathToHashKeys(item.partialPath);
      forEach_default(keys2, (currKey) => {
        dict[currKey] = true;
      });
    });
    return dict;
  });
  let newData = partialAlts;
  for (let pathLength = 1; pathLength <= k; pathLength++) {
    const currDataset = newData;
    newData = initializeArrayOfArrays(currDataset.length);
    for (let altIdx = 0; altIdx < currDataset.length; altIdx++) {
      const currAltPathsAndSuffixes = currDataset[altIdx];
      for (let currPathIdx = 0; currPathIdx < currAltPathsAndSuffixes.length; currPathIdx++) {
        const currPathPrefix = currAltPathsAndSuffixes[currPathIdx].partialPath;
        const suffixDef = currAltPathsAndSuffixes[currPathIdx].suffixDef;
        const prefixKeys = pathToHashKeys(currPathPrefix);
        const isUnique = isUniquePrefixHash(altsHashes, prefixKeys, altIdx);
        if (isUnique || isEmpty_default(suffixDef) || currPathPrefix.length === k) {
          const currAltResult = finalResult[altIdx];
          if (containsPath(currAltResult, currPathPrefix) === false) {
            currAltResult.push(currPathPrefix);
            for (let j = 0; j < prefixKeys.length; j++) {
              const currKey = prefixKeys[j];
              altsHashes[altIdx][currKey] = true;
            }
          }
        } else {
          const newPartialPathsAndSuffixes = possiblePathsFrom(suffixDef, pathLength + 1, currPathPrefix);
          newData[altIdx] = newData[altIdx].concat(newPartialPathsAndSuffixes);
          forEach_default(newPartialPathsAndSuffixes, (item) => {
            const prefixKeys2 = pathToHashKeys(item.partialPath);
            forEach_default(prefixKeys2, (key) => {
              altsHashes[altIdx][key] = true;
            });
          });
        }
      }
    }
  }
  return finalResult;
}
function getLookaheadPathsForOr(occurrence, ruleGrammar, k, orProd) {
  const visitor = new InsideDefinitionFinderVisitor(occurrence, PROD_TYPE.ALTERNATION, orProd);
  ruleGrammar.accept(visitor);
  return lookAheadSequenceFromAlternatives(visitor.result, k);
}
function getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k) {
  const insideDefVisitor = new InsideDefinitionFinderVisitor(occurrence, prodType);
  ruleGrammar.accept(insideDefVisitor);
  const insideDef = insideDefVisitor.result;
  const afterDefWalker = new RestDefinitionFinderWalker(ruleGrammar, occurrence, prodType);
  const afterDef = afterDefWalker.startWalking();
  const insideFlat = new Alternative({ definition: insideDef });
  const afterFlat = new Alternative({ definition: afterDef });
  return lookAheadSequenceFromAlternatives([insideFlat, afterFlat], k);
}
function containsPath(alternative, searchPath) {
  compareOtherPath: for (let i = 0; i < alternative.length; i++) {
    const otherPath = alternative[i];
    if (otherPath.length !== searchPath.length) {
      continue;
    }
    for (let j = 0; j < otherPath.length; j++) {
      const searchTok = searchPath[j];
      const otherTok = otherPath[j];
      const matchingTokens = searchTok === otherTok || otherTok.categoryMatchesMap[searchTok.tokenTypeIdx] !== void 0;
      if (matchingTokens === false) {
        continue compareOtherPath;
      }
    }
    return true;
  }
  return false;
}
function isStrictPrefixOfPath(prefix, other) {
  return prefix.length < other.length && every_default(prefix, (tokType, idx) => {
    const otherTokType = other[idx];
    return tokType === otherTokType || otherTokType.categoryMatchesMap[tokType.tokenTypeIdx];
  });
}
function areTokenCategoriesNotUsed(lookAheadPaths) {
  return every_default(lookAheadPaths, (singleAltPaths) => every_default(singleAltPaths, (singlePath) => every_default(singlePath, (token) => isEmpty_default(token.categoryMatches))));
}
var PROD_TYPE, RestDefinitionFinderWalker, InsideDefinitionFinderVisitor;
var init_lookahead = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/lookahead.js"() {
    init_lodash();
    init_interpreter();
    init_rest();
    init_tokens();
    init_api2();
    (function(PROD_TYPE2) {
      PROD_TYPE2[PROD_TYPE2["OPTION"] = 0] = "OPTION";
      PROD_TYPE2[PROD_TYPE2["REPETITION"] = 1] = "REPETITION";
      PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY"] = 2] = "REPETITION_MANDATORY";
      PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY_WITH_SEPARATOR"] = 3] = "REPETITION_MANDATORY_WITH_SEPARATOR";
      PROD_TYPE2[PROD_TYPE2["REPETITION_WITH_SEPARATOR"] = 4] = "REPETITION_WITH_SEPARATOR";
      PROD_TYPE2[PROD_TYPE2["ALTERNATION"] = 5] = "ALTERNATION";
    })(PROD_TYPE || (PROD_TYPE = {}));
    RestDefinitionFinderWalker = class extends RestWalker {
      constructor(topProd, targetOccurrence, targetProdType) {
        super();
        this.topProd = topProd;
        this.targetOccurrence = targetOccurrence;
        this.targetProdType = targetProdType;
      }
      startWalking() {
        this.walk(this.topProd);
        return this.restDef;
      }
      checkIsTarget(node, expectedProdType, currRest, prevRest) {
        if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdType) {
          this.restDef = currRest.concat(prevRest);
          return true;
        }
        return false;
      }
      walkOption(optionProd, currRest, prevRest) {
        if (!this.checkIsTarget(optionProd, PROD_TYPE.OPTION, currRest, prevRest)) {
          super.walkOption(optionProd, currRest, prevRest);
        }
      }
      walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
        if (!this.checkIsTarget(atLeastOneProd, PROD_TYPE.REPETITION_MANDATORY, currRest, prevRest)) {
          super.walkOption(atLeastOneProd, currRest, prevRest);
        }
      }
      walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
        if (!this.checkIsTarget(atLeastOneSepProd, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, currRest, prevRest)) {
          super.walkOption(atLeastOneSepProd, currRest, prevRest);
        }
      }
      walkMany(manyProd, currRest, prevRest) {
        if (!this.checkIsTarget(manyProd, PROD_TYPE.REPETITION, currRest, prevRest)) {
          super.walkOption(manyProd, currRest, prevRest);
        }
      }
      walkManySep(manySepProd, currRest, prevRest) {
        if (!this.checkIsTarget(manySepProd, PROD_TYPE.REPETITION_WITH_SEPARATOR, currRest, prevRest)) {
          super.walkOption(manySepProd, currRest, prevRest);
        }
      }
    };
    InsideDefinitionFinderVisitor = class extends GAstVisitor {
      constructor(targetOccurrence, targetProdType, targetRef) {
        super();
        this.targetOccurrence = targetOccurrence;
        this.targetProdType = targetProdType;
        this.targetRef = targetRef;
        this.result = [];
      }
      checkIsTarget(node, expectedProdName) {
        if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdName && (this.targetRef === void 0 || node === this.targetRef)) {
          this.result = node.definition;
        }
      }
      visitOption(node) {
        this.checkIsTarget(node, PROD_TYPE.OPTION);
      }
      visitRepetition(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION);
      }
      visitRepetitionMandatory(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY);
      }
      visitRepetitionMandatoryWithSeparator(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR);
      }
      visitRepetitionWithSeparator(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION_WITH_SEPARATOR);
      }
      visitAlternation(node) {
        this.checkIsTarget(node, PROD_TYPE.ALTERNATION);
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/checks.js
function validateLookahead(options) {
  const lookaheadValidationErrorMessages = options.lookaheadStrategy.validate({
    rules: options.rules,
    tokenTypes: options.tokenTypes,
    grammarName: options.grammarName
  });
  return map_default(lookaheadValidationErrorMessages, (errorMessage) => Object.assign({ type: ParserDefinitionErrorType.CUSTOM_LOOKAHEAD_VALIDATION }, errorMessage));
}
function validateGrammar(topLevels, tokenTypes, errMsgProvider, grammarName) {
  const duplicateErrors = flatMap_default(topLevels, (currTopLevel) => validateDuplicateProductions(currTopLevel, errMsgProvider));
  const termsNamespaceConflictErrors = checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider);
  const tooManyAltsErrors = flatMap_default(topLevels, (curRule) => validateTooManyAlts(curRule, errMsgProvider));
  const duplicateRulesError = flatMap_default(topLevels, (curRule) => validateRuleDoesNotAlreadyExist(curRule, topLevels, grammarName, errMsgProvider));
  return duplicateErrors.concat(termsNamespaceConflictErrors, tooManyAltsErrors, duplicateRulesError);
}
function validateDuplicateProductions(topLevelRule, errMsgProvider) {
  const collectorVisitor2 = new OccurrenceValidationCollector();
  topLevelRule.accept(collectorVisitor2);
  const allRuleProductions = collectorVisitor2.allProductions;
  const productionGroups = groupBy_default(allRuleProductions, identifyProductionForDuplicates);
  const duplicates = pickBy_default(productionGroups, (currGroup) => {
    return currGroup.length > 1;
  });
  const errors = map_default(values_default(duplicates), (currDuplicates) => {
    const firstProd = head_default(currDuplicates);
    const msg = errMsgProvider.buildDuplicateFoundError(topLevelRule, currDuplicates);
    const dslName = getProductionDslName(firstProd);
    const defError = {
      message: msg,
      type: ParserDefinitionErrorType.DUPLICATE_PRODUCTIONS,
      ruleName: topLevelRule.name,
      dslName,
      occurrence: firstProd.idx
    };
    const param = getExtraProductionArgument(firstProd);
    if (param) {
      defError.parameter = param;
    }
    return defError;
  });
  return errors;
}
function identifyProductionForDuplicates(prod) {
  return `${getProductionDslName(prod)}_#_${prod.idx}_#_${getExtraProductionArgument(prod)}`;
}
function getExtraProductionArgument(prod) {
  if (prod instanceof Terminal) {
    return prod.terminalType.name;
  } else if (prod instanceof NonTerminal) {
    return prod.nonTerminalName;
  } else {
    return "";
  }
}
function validateRuleDoesNotAlreadyExist(rule, allRules2, className, errMsgProvider) {
  const errors = [];
  const occurrences = reduce_default(allRules2, (result, curRule) => {
    if (curRule.name === rule.name) {
      return result + 1;
    }
    return result;
  }, 0);
  if (occurrences > 1) {
    const errMsg = errMsgProvider.buildDuplicateRuleNameError({
      topLevelRule: rule,
      grammarName: className
    });
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
      ruleName: rule.name
    });
  }
  return errors;
}
function validateRuleIsOverridden(ruleName2, definedRulesNames, className) {
  const errors = [];
  let errMsg;
  if (!includes_default(definedRulesNames, ruleName2)) {
    errMsg = `Invalid rule override, rule: ->${ruleName2}<- cannot be overridden in the grammar: ->${className}<-as it is not defined in any of the super grammars `;
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.INVALID_RULE_OVERRIDE,
      ruleName: ruleName2
    });
  }
  return errors;
}
function validateNoLeftRecursion(topRule, currRule, errMsgProvider, path = []) {
  const errors = [];
  const nextNonTerminals = getFirstNoneTerminal(currRule.definition);
  if (isEmpty_default(nextNonTerminals)) {
    return [];
  } else {
    const ruleName2 = topRule.name;
    const foundLeftRecursion = includes_default(nextNonTerminals, topRule);
    if (foundLeftRecursion) {
      errors.push({
        message: errMsgProvider.buildLeftRecursionError({
          topLevelRule: topRule,
          leftRecursionPath: path
        }),
        type: ParserDefinitionErrorType.LEFT_RECURSION,
        ruleName: ruleName2
      });
    }
    const validNextSteps = difference_default(nextNonTerminals, path.concat([topRule]));
    const errorsFromNextSteps = flatMap_default(validNextSteps, (currRefRule) => {
      const newPath = clone_default(path);
      newPath.push(currRefRule);
      return validateNoLeftRecursion(topRule, currRefRule, errMsgProvider, newPath);
    });
    return errors.concat(errorsFromNextSteps);
  }
}
function getFirstNoneTerminal(definition) {
  let result = [];
  if (isEmpty_default(definition)) {
    return result;
  }
  const firstProd = head_default(definition);
  if (firstProd instanceof NonTerminal) {
    result.push(firstProd.referencedRule);
  } else if (firstProd instanceof Alternative || firstProd instanceof Option2 || firstProd instanceof RepetitionMandatory || firstProd instanceof RepetitionMandatoryWithSeparator || firstProd instanceof RepetitionWithSeparator || firstProd instanceof Repetition) {
    result = result.concat(getFirstNoneTerminal(firstProd.definition));
  } else if (firstProd instanceof Alternation) {
    result = flatten_default(map_default(firstProd.definition, (currSubDef) => getFirstNoneTerminal(currSubDef.definition)));
  } else if (firstProd instanceof Terminal) {
  } else {
    throw Error("non exhaustive match");
  }
  const isFirstOptional = isOptionalProd(firstProd);
  const hasMore = definition.length > 1;
  if (isFirstOptional && hasMore) {
    const rest = drop_default(definition);
    return result.concat(getFirstNoneTerminal(rest));
  } else {
    return result;
  }
}
function validateEmptyOrAlternative(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    const exceptLast = dropRight_default(currOr.definition);
    return flatMap_default(exceptLast, (currAlternative, currAltIdx) => {
      const possibleFirstInAlt = nextPossibleTokensAfter([currAlternative], [], tokenStructuredMatcher, 1);
      if (isEmpty_default(possibleFirstInAlt)) {
        return [
          {
            message: errMsgProvider.buildEmptyAlternationError({
              topLevelRule,
              alternation: currOr,
              emptyChoiceIdx: currAltIdx
            }),
            type: ParserDefinitionErrorType.NONE_LAST_EMPTY_ALT,
            ruleName: topLevelRule.name,
            occurrence: currOr.idx,
            alternative: currAltIdx + 1
          }
        ];
      } else {
        return [];
      }
    });
  });
  return errors;
}
function validateAmbiguousAlternationAlternatives(topLevelRule, globalMaxLookahead, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  let ors = orCollector.alternations;
  ors = reject_default(ors, (currOr) => currOr.ignoreAmbiguities === true);
  const errors = flatMap_default(ors, (currOr) => {
    const currOccurrence = currOr.idx;
    const actualMaxLookahead = currOr.maxLookahead || globalMaxLookahead;
    const alternatives = getLookaheadPathsForOr(currOccurrence, topLevelRule, actualMaxLookahead, currOr);
    const altsAmbiguityErrors = checkAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    const altsPrefixAmbiguityErrors = checkPrefixAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    return altsAmbiguityErrors.concat(altsPrefixAmbiguityErrors);
  });
  return errors;
}
function validateTooManyAlts(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    if (currOr.definition.length > 255) {
      return [
        {
          message: errMsgProvider.buildTooManyAlternativesError({
            topLevelRule,
            alternation: currOr
          }),
          type: ParserDefinitionErrorType.TOO_MANY_ALTS,
          ruleName: topLevelRule.name,
          occurrence: currOr.idx
        }
      ];
    } else {
      return [];
    }
  });
  return errors;
}
function validateSomeNonEmptyLookaheadPath(topLevelRules, maxLookahead, errMsgProvider) {
  const errors = [];
  forEach_default(topLevelRules, (currTopRule) => {
    const collectorVisitor2 = new RepetitionCollector();
    currTopRule.accept(collectorVisitor2);
    const allRuleProductions = collectorVisitor2.allProductions;
    forEach_default(allRuleProductions, (currProd) => {
      const prodType = getProdType(currProd);
      const actualMaxLookahead = currProd.maxLookahead || maxLookahead;
      const currOccurrence = currProd.idx;
      const paths = getLookaheadPathsForOptionalProd(currOccurrence, currTopRule, prodType, actualMaxLookahead);
      const pathsInsideProduction = paths[0];
      if (isEmpty_default(flatten_default(pathsInsideProduction))) {
        const errMsg = errMsgProvider.buildEmptyRepetitionError({
          topLevelRule: currTopRule,
          repetition: currProd
        });
        errors.push({
          message: errMsg,
          type: ParserDefinitionErrorType.NO_NON_EMPTY_LOOKAHEAD,
          ruleName: currTopRule.name
        });
      }
    });
  });
  return errors;
}
function checkAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const foundAmbiguousPaths = [];
  const identicalAmbiguities = reduce_default(alternatives, (result, currAlt, currAltIdx) => {
    if (alternation.definition[currAltIdx].ignoreAmbiguities === true) {
      return result;
    }
    forEach_default(currAlt, (currPath) => {
      const altsCurrPathAppearsIn = [currAltIdx];
      forEach_default(alternatives, (currOtherAlt, currOtherAltIdx) => {
        if (currAltIdx !== currOtherAltIdx && containsPath(currOtherAlt, currPath) && // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[currOtherAltIdx].ignoreAmbiguities !== true) {
          altsCurrPathAppearsIn.push(currOtherAltIdx);
        }
      });
      if (altsCurrPathAppearsIn.length > 1 && !containsPath(foundAmbiguousPaths, currPath)) {
        foundAmbiguousPaths.push(currPath);
        result.push({
          alts: altsCurrPathAppearsIn,
          path: currPath
        });
      }
    });
    return result;
  }, []);
  const currErrors = map_default(identicalAmbiguities, (currAmbDescriptor) => {
    const ambgIndices = map_default(currAmbDescriptor.alts, (currAltIdx) => currAltIdx + 1);
    const currMessage = errMsgProvider.buildAlternationAmbiguityError({
      topLevelRule: rule,
      alternation,
      ambiguityIndices: ambgIndices,
      prefixPath: currAmbDescriptor.path
    });
    return {
      message: currMessage,
      type: ParserDefinitionErrorType.AMBIGUOUS_ALTS,
      ruleName: rule.name,
      occurrence: alternation.idx,
      alternatives: currAmbDescriptor.alts
    };
  });
  return currErrors;
}
function checkPrefixAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const pathsAndIndices = reduce_default(alternatives, (result, currAlt, idx) => {
    const currPathsAndIdx = map_default(currAlt, (currPath) => {
      return { idx, path: currPath };
    });
    return result.concat(currPathsAndIdx);
  }, []);
  const errors = compact_default(flatMap_default(pathsAndIndices, (currPathAndIdx) => {
    const alternativeGast = alternation.definition[currPathAndIdx.idx];
    if (alternativeGast.ignoreAmbiguities === true) {
      return [];
    }
    const targetIdx = currPathAndIdx.idx;
    const targetPath = currPathAndIdx.path;
    const prefixAmbiguitiesPathsAndIndices = filter_default(pathsAndIndices, (searchPathAndIdx) => {
      return (
        // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[searchPathAndIdx.idx].ignoreAmbiguities !== true && searchPathAndIdx.idx < targetIdx && // checking for strict prefix because identical lookaheads
        // will be be detected using a different validation.
        isStrictPrefixOfPath(searchPathAndIdx.path, targetPath)
      );
    });
    const currPathPrefixErrors = map_default(prefixAmbiguitiesPathsAndIndices, (currAmbPathAndIdx) => {
      const ambgIndices = [currAmbPathAndIdx.idx + 1, targetIdx + 1];
      const occurrence = alternation.idx === 0 ? "" : alternation.idx;
      const message = errMsgProvider.buildAlternationPrefixAmbiguityError({
        topLevelRule: rule,
        alternation,
        ambiguityIndices: ambgIndices,
        prefixPath: currAmbPathAndIdx.path
      });
      return {
        message,
        type: ParserDefinitionErrorType.AMBIGUOUS_PREFIX_ALTS,
        ruleName: rule.name,
        occurrence,
        alternatives: ambgIndices
      };
    });
    return currPathPrefixErrors;
  }));
  return errors;
}
function checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider) {
  const errors = [];
  const tokenNames = map_default(tokenTypes, (currToken) => currToken.name);
  forEach_default(topLevels, (currRule) => {
    const currRuleName = currRule.name;
    if (includes_default(tokenNames, currRuleName)) {
      const errMsg = errMsgProvider.buildNamespaceConflictError(currRule);
      errors.push({
        message: errMsg,
        type: ParserDefinitionErrorType.CONFLICT_TOKENS_RULES_NAMESPACE,
        ruleName: currRuleName
      });
    }
  });
  return errors;
}
var OccurrenceValidationCollector, OrCollector, RepetitionCollector;
var init_checks = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/checks.js"() {
    init_lodash();
    init_parser();
    init_api2();
    init_lookahead();
    init_interpreter();
    init_tokens();
    OccurrenceValidationCollector = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.allProductions = [];
      }
      visitNonTerminal(subrule) {
        this.allProductions.push(subrule);
      }
      visitOption(option) {
        this.allProductions.push(option);
      }
      visitRepetitionWithSeparator(manySep) {
        this.allProductions.push(manySep);
      }
      visitRepetitionMandatory(atLeastOne) {
        this.allProductions.push(atLeastOne);
      }
      visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
        this.allProductions.push(atLeastOneSep);
      }
      visitRepetition(many) {
        this.allProductions.push(many);
      }
      visitAlternation(or) {
        this.allProductions.push(or);
      }
      visitTerminal(terminal) {
        this.allProductions.push(terminal);
      }
    };
    OrCollector = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.alternations = [];
      }
      visitAlternation(node) {
        this.alternations.push(node);
      }
    };
    RepetitionCollector = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.allProductions = [];
      }
      visitRepetitionWithSeparator(manySep) {
        this.allProductions.push(manySep);
      }
      visitRepetitionMandatory(atLeastOne) {
        this.allProductions.push(atLeastOne);
      }
      visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
        this.allProductions.push(atLeastOneSep);
      }
      visitRepetition(many) {
        this.allProductions.push(many);
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/gast/gast_resolver_public.js
function resolveGrammar2(options) {
  const actualOptions = defaults_default(options, {
    errMsgProvider: defaultGrammarResolverErrorProvider
  });
  const topRulesTable = {};
  forEach_default(options.rules, (rule) => {
    topRulesTable[rule.name] = rule;
  });
  return resolveGrammar(topRulesTable, actualOptions.errMsgProvider);
}
function validateGrammar2(options) {
  options = defaults_default(options, {
    errMsgProvider: defaultGrammarValidatorErrorProvider
  });
  return validateGrammar(options.rules, options.tokenTypes, options.errMsgProvider, options.grammarName);
}
var init_gast_resolver_public = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/gast/gast_resolver_public.js"() {
    init_lodash();
    init_resolver();
    init_checks();
    init_errors_public();
  }
});

// node_modules/chevrotain/lib/src/parse/exceptions_public.js
function isRecognitionException(error) {
  return includes_default(RECOGNITION_EXCEPTION_NAMES, error.name);
}
var MISMATCHED_TOKEN_EXCEPTION, NO_VIABLE_ALT_EXCEPTION, EARLY_EXIT_EXCEPTION, NOT_ALL_INPUT_PARSED_EXCEPTION, RECOGNITION_EXCEPTION_NAMES, RecognitionException, MismatchedTokenException, NoViableAltException, NotAllInputParsedException, EarlyExitException;
var init_exceptions_public = __esm({
  "node_modules/chevrotain/lib/src/parse/exceptions_public.js"() {
    init_lodash();
    MISMATCHED_TOKEN_EXCEPTION = "MismatchedTokenException";
    NO_VIABLE_ALT_EXCEPTION = "NoViableAltException";
    EARLY_EXIT_EXCEPTION = "EarlyExitException";
    NOT_ALL_INPUT_PARSED_EXCEPTION = "NotAllInputParsedException";
    RECOGNITION_EXCEPTION_NAMES = [
      MISMATCHED_TOKEN_EXCEPTION,
      NO_VIABLE_ALT_EXCEPTION,
      EARLY_EXIT_EXCEPTION,
      NOT_ALL_INPUT_PARSED_EXCEPTION
    ];
    Object.freeze(RECOGNITION_EXCEPTION_NAMES);
    RecognitionException = class extends Error {
      constructor(message, token) {
        super(message);
        this.token = token;
        this.resyncedTokens = [];
        Object.setPrototypeOf(this, new.target.prototype);
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, this.constructor);
        }
      }
    };
    MismatchedTokenException = class extends RecognitionException {
      constructor(message, token, previousToken) {
        super(message, token);
        this.previousToken = previousToken;
        this.name = MISMATCHED_TOKEN_EXCEPTION;
      }
    };
    NoViableAltException = class extends RecognitionException {
      constructor(message, token, previousToken) {
        super(message, token);
        this.previousToken = previousToken;
        this.name = NO_VIABLE_ALT_EXCEPTION;
      }
    };
    NotAllInputParsedException = class extends RecognitionException {
      constructor(message, token) {
        super(message, token);
        this.name = NOT_ALL_INPUT_PARSED_EXCEPTION;
      }
    };
    EarlyExitException = class extends RecognitionException {
      constructor(message, token, previousToken) {
        super(message, token);
        this.previousToken = previousToken;
        this.name = EARLY_EXIT_EXCEPTION;
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/recoverable.js
function attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  const key = this.getKeyForAutomaticLookahead(dslMethodIdx, prodOccurrence);
  let firstAfterRepInfo = this.firstAfterRepMap[key];
  if (firstAfterRepInfo === void 0) {
    const currRuleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[currRuleName];
    const walker = new nextToksWalker(ruleGrammar, prodOccurrence);
    firstAfterRepInfo = walker.startWalking();
    this.firstAfterRepMap[key] = firstAfterRepInfo;
  }
  let expectTokAfterLastMatch = firstAfterRepInfo.token;
  let nextTokIdx = firstAfterRepInfo.occurrence;
  const isEndOfRule = firstAfterRepInfo.isEndOfRule;
  if (this.RULE_STACK_IDX === 0 && isEndOfRule && expectTokAfterLastMatch === void 0) {
    expectTokAfterLastMatch = EOF;
    nextTokIdx = 1;
  }
  if (expectTokAfterLastMatch === void 0 || nextTokIdx === void 0) {
    return;
  }
  if (this.shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck)) {
    this.tryInRepetitionRecovery(prodFunc, args, lookaheadFunc, expectTokAfterLastMatch);
  }
}
var EOF_FOLLOW_KEY, IN_RULE_RECOVERY_EXCEPTION, InRuleRecoveryException, Recoverable;
var init_recoverable = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/recoverable.js"() {
    init_tokens_public();
    init_lodash();
    init_exceptions_public();
    init_constants();
    init_parser();
    EOF_FOLLOW_KEY = {};
    IN_RULE_RECOVERY_EXCEPTION = "InRuleRecoveryException";
    InRuleRecoveryException = class extends Error {
      constructor(message) {
        super(message);
        this.name = IN_RULE_RECOVERY_EXCEPTION;
      }
    };
    Recoverable = class {
      initRecoverable(config) {
        this.firstAfterRepMap = {};
        this.resyncFollows = {};
        this.recoveryEnabled = has_default(config, "recoveryEnabled") ? config.recoveryEnabled : DEFAULT_PARSER_CONFIG.recoveryEnabled;
        if (this.recoveryEnabled) {
          this.attemptInRepetitionRecovery = attemptInRepetitionRecovery;
        }
      }
      getTokenToInsert(tokType) {
        const tokToInsert = createTokenInstance(tokType, "", NaN, NaN, NaN, NaN, NaN, NaN);
        tokToInsert.isInsertedInRecovery = true;
        return tokToInsert;
      }
      canTokenTypeBeInsertedInRecovery(tokType) {
        return true;
      }
      canTokenTypeBeDeletedInRecovery(tokType) {
        return true;
      }
      tryInRepetitionRecovery(grammarRule, grammarRuleArgs, lookAheadFunc, expectedTokType) {
        const reSyncTokType = this.findReSyncTokenType();
        const savedLexerState = this.exportLexerState();
        const resyncedTokens = [];
        let passedResyncPoint = false;
        const nextTokenWithoutResync = this.LA_FAST(1);
        let currToken = this.LA_FAST(1);
        const generateErrorMessage = () => {
          const previousToken = this.LA(0);
          const msg = this.errorMessageProvider.buildMismatchTokenMessage({
            expected: expectedTokType,
            actual: nextTokenWithoutResync,
            previous: previousToken,
            ruleName: this.getCurrRuleFullName()
          });
          const error = new MismatchedTokenException(msg, nextTokenWithoutResync, this.LA(0));
          error.resyncedTokens = dropRight_default(resyncedTokens);
          this.SAVE_ERROR(error);
        };
        while (!passedResyncPoint) {
          if (this.tokenMatcher(currToken, expectedTokType)) {
            generateErrorMessage();
            return;
          } else if (lookAheadFunc.call(this)) {
            generateErrorMessage();
            grammarRule.apply(this, grammarRuleArgs);
            return;
          } else if (this.tokenMatcher(currToken, reSyncTokType)) {
            passedResyncPoint = true;
          } else {
            currToken = this.SKIP_TOKEN();
            this.addToResyncTokens(currToken, resyncedTokens);
          }
        }
        this.importLexerState(savedLexerState);
      }
      shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck) {
        if (notStuck === false) {
          return false;
        }
        if (this.tokenMatcher(this.LA_FAST(1), expectTokAfterLastMatch)) {
          return false;
        }
        if (this.isBackTracking()) {
          return false;
        }
        if (this.canPerformInRuleRecovery(expectTokAfterLastMatch, this.getFollowsForInRuleRecovery(expectTokAfterLastMatch, nextTokIdx))) {
          return false;
        }
        return true;
      }
      // Error Recovery functionality
      getFollowsForInRuleRecovery(tokType, tokIdxInRule) {
        const grammarPath = this.getCurrentGrammarPath(tokType, tokIdxInRule);
        const follows = this.getNextPossibleTokenTypes(grammarPath);
        return follows;
      }
      tryInRuleRecovery(expectedTokType, follows) {
        if (this.canRecoverWithSingleTokenInsertion(expectedTokType, follows)) {
          const tokToInsert = this.getTokenToInsert(expectedTokType);
          return tokToInsert;
        }
        if (this.canRecoverWithSingleTokenDeletion(expectedTokType)) {
          const nextTok = this.SKIP_TOKEN();
          this.consumeToken();
          return nextTok;
        }
        throw new InRuleRecoveryException("sad sad panda");
      }
      canPerformInRuleRecovery(expectedToken, follows) {
        return this.canRecoverWithSingleTokenInsertion(expectedToken, follows) || this.canRecoverWithSingleTokenDeletion(expectedToken);
      }
      canRecoverWithSingleTokenInsertion(expectedTokType, follows) {
        if (!this.canTokenTypeBeInsertedInRecovery(expectedTokType)) {
          return false;
        }
        if (isEmpty_default(follows)) {
          return false;
        }
        const mismatchedTok = this.LA_FAST(1);
        const isMisMatchedTokInFollows = find_default(follows, (possibleFollowsTokType) => {
          return this.tokenMatcher(mismatchedTok, possibleFollowsTokType);
        }) !== void 0;
        return isMisMatchedTokInFollows;
      }
      canRecoverWithSingleTokenDeletion(expectedTokType) {
        if (!this.canTokenTypeBeDeletedInRecovery(expectedTokType)) {
          return false;
        }
        const isNextTokenWhatIsExpected = this.tokenMatcher(
          // not using LA_FAST because LA(2) might be un-safe with maxLookahead=1
          // in some edge cases (?)
          this.LA(2),
          expectedTokType
        );
        return isNextTokenWhatIsExpected;
      }
      isInCurrentRuleReSyncSet(tokenTypeIdx) {
        const followKey = this.getCurrFollowKey();
        const currentRuleReSyncSet = this.getFollowSetFromFollowKey(followKey);
        return includes_default(currentRuleReSyncSet, tokenTypeIdx);
      }
      findReSyncTokenType() {
        const allPossibleReSyncTokTypes = this.flattenFollowSet();
        let nextToken = this.LA_FAST(1);
        let k = 2;
        while (true) {
          const foundMatch = find_default(allPossibleReSyncTokTypes, (resyncTokType) => {
            const canMatch = tokenMatcher(nextToken, resyncTokType);
            return canMatch;
          });
          if (foundMatch !== void 0) {
            return foundMatch;
          }
          nextToken = this.LA(k);
          k++;
        }
      }
      getCurrFollowKey() {
        if (this.RULE_STACK_IDX === 0) {
          return EOF_FOLLOW_KEY;
        }
        const currRuleShortName = this.currRuleShortName;
        const currRuleIdx = this.getLastExplicitRuleOccurrenceIndex();
        const prevRuleShortName = this.getPreviousExplicitRuleShortName();
        return {
          ruleName: this.shortRuleNameToFullName(currRuleShortName),
          idxInCallingRule: currRuleIdx,
          inRule: this.shortRuleNameToFullName(prevRuleShortName)
        };
      }
      buildFullFollowKeyStack() {
        const explicitRuleStack = this.RULE_STACK;
        const explicitOccurrenceStack = this.RULE_OCCURRENCE_STACK;
        const len = this.RULE_STACK_IDX + 1;
        const result = new Array(len);
        for (let idx = 0; idx < len; idx++) {
          if (idx === 0) {
            result[idx] = EOF_FOLLOW_KEY;
          } else {
            result[idx] = {
              ruleName: this.shortRuleNameToFullName(explicitRuleStack[idx]),
              idxInCallingRule: explicitOccurrenceStack[idx],
              inRule: this.shortRuleNameToFullName(explicitRuleStack[idx - 1])
            };
          }
        }
        return result;
      }
      flattenFollowSet() {
        const followStack = map_default(this.buildFullFollowKeyStack(), (currKey) => {
          return this.getFollowSetFromFollowKey(currKey);
        });
        return flatten_default(followStack);
      }
      getFollowSetFromFollowKey(followKey) {
        if (followKey === EOF_FOLLOW_KEY) {
          return [EOF];
        }
        const followName = followKey.ruleName + followKey.idxInCallingRule + IN + followKey.inRule;
        return this.resyncFollows[followName];
      }
      // It does not make any sense to include a virtual EOF token in the list of resynced tokens
      // as EOF does not really exist and thus does not contain any useful information (line/column numbers)
      addToResyncTokens(token, resyncTokens) {
        if (!this.tokenMatcher(token, EOF)) {
          resyncTokens.push(token);
        }
        return resyncTokens;
      }
      reSyncTo(tokType) {
        const resyncedTokens = [];
        let nextTok = this.LA_FAST(1);
        while (this.tokenMatcher(nextTok, tokType) === false) {
          nextTok = this.SKIP_TOKEN();
          this.addToResyncTokens(nextTok, resyncedTokens);
        }
        return dropRight_default(resyncedTokens);
      }
      attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
      }
      getCurrentGrammarPath(tokType, tokIdxInRule) {
        const pathRuleStack = this.getHumanReadableRuleStack();
        const pathOccurrenceStack = this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1);
        const grammarPath = {
          ruleStack: pathRuleStack,
          occurrenceStack: pathOccurrenceStack,
          lastTok: tokType,
          lastTokOccurrence: tokIdxInRule
        };
        return grammarPath;
      }
      getHumanReadableRuleStack() {
        const len = this.RULE_STACK_IDX + 1;
        const result = new Array(len);
        for (let i = 0; i < len; i++) {
          result[i] = this.shortRuleNameToFullName(this.RULE_STACK[i]);
        }
        return result;
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/keys.js
function getKeyForAutomaticLookahead(ruleIdx, dslMethodIdx, occurrence) {
  return occurrence | dslMethodIdx | ruleIdx;
}
var BITS_FOR_METHOD_TYPE, BITS_FOR_OCCURRENCE_IDX, BITS_FOR_ALT_IDX, OR_IDX, OPTION_IDX, MANY_IDX, AT_LEAST_ONE_IDX, MANY_SEP_IDX, AT_LEAST_ONE_SEP_IDX, BITS_START_FOR_ALT_IDX;
var init_keys2 = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/keys.js"() {
    BITS_FOR_METHOD_TYPE = 4;
    BITS_FOR_OCCURRENCE_IDX = 8;
    BITS_FOR_ALT_IDX = 8;
    OR_IDX = 1 << BITS_FOR_OCCURRENCE_IDX;
    OPTION_IDX = 2 << BITS_FOR_OCCURRENCE_IDX;
    MANY_IDX = 3 << BITS_FOR_OCCURRENCE_IDX;
    AT_LEAST_ONE_IDX = 4 << BITS_FOR_OCCURRENCE_IDX;
    MANY_SEP_IDX = 5 << BITS_FOR_OCCURRENCE_IDX;
    AT_LEAST_ONE_SEP_IDX = 6 << BITS_FOR_OCCURRENCE_IDX;
    BITS_START_FOR_ALT_IDX = 32 - BITS_FOR_ALT_IDX;
  }
});

// node_modules/chevrotain/lib/src/parse/grammar/llk_lookahead.js
var LLkLookaheadStrategy;
var init_llk_lookahead = __esm({
  "node_modules/chevrotain/lib/src/parse/grammar/llk_lookahead.js"() {
    init_lodash();
    init_errors_public();
    init_parser();
    init_checks();
    init_lookahead();
    LLkLookaheadStrategy = class {
      constructor(options) {
        var _a;
        this.maxLookahead = (_a = options === null || options === void 0 ? void 0 : options.maxLookahead) !== null && _a !== void 0 ? _a : DEFAULT_PARSER_CONFIG.maxLookahead;
      }
      validate(options) {
        const leftRecursionErrors = this.validateNoLeftRecursion(options.rules);
        if (isEmpty_default(leftRecursionErrors)) {
          const emptyAltErrors = this.validateEmptyOrAlternatives(options.rules);
          const ambiguousAltsErrors = this.validateAmbiguousAlternationAlternatives(options.rules, this.maxLookahead);
          const emptyRepetitionErrors = this.validateSomeNonEmptyLookaheadPath(options.rules, this.maxLookahead);
          const allErrors = [
            ...leftRecursionErrors,
            ...emptyAltErrors,
            ...ambiguousAltsErrors,
            ...emptyRepetitionErrors
          ];
          return allErrors;
        }
        return leftRecursionErrors;
      }
      validateNoLeftRecursion(rules) {
        return flatMap_default(rules, (currTopRule) => validateNoLeftRecursion(currTopRule, currTopRule, defaultGrammarValidatorErrorProvider));
      }
      validateEmptyOrAlternatives(rules) {
        return flatMap_default(rules, (currTopRule) => validateEmptyOrAlternative(currTopRule, defaultGrammarValidatorErrorProvider));
      }
      validateAmbiguousAlternationAlternatives(rules, maxLookahead) {
        return flatMap_default(rules, (currTopRule) => validateAmbiguousAlternationAlternatives(currTopRule, maxLookahead, defaultGrammarValidatorErrorProvider));
      }
      validateSomeNonEmptyLookaheadPath(rules, maxLookahead) {
        return validateSomeNonEmptyLookaheadPath(rules, maxLookahead, defaultGrammarValidatorErrorProvider);
      }
      buildLookaheadForAlternation(options) {
        return buildLookaheadFuncForOr(options.prodOccurrence, options.rule, options.maxLookahead, options.hasPredicates, options.dynamicTokensEnabled, buildAlternativesLookAheadFunc);
      }
      buildLookaheadForOptional(options) {
        return buildLookaheadFuncForOptionalProd(options.prodOccurrence, options.rule, options.maxLookahead, options.dynamicTokensEnabled, getProdType(options.prodType), buildSingleAlternativeLookaheadFunction);
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/looksahead.js
function collectMethods(rule) {
  collectorVisitor.reset();
  rule.accept(collectorVisitor);
  const dslMethods = collectorVisitor.dslMethods;
  collectorVisitor.reset();
  return dslMethods;
}
var LooksAhead, DslMethodsCollectorVisitor, collectorVisitor;
var init_looksahead = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/looksahead.js"() {
    init_lodash();
    init_parser();
    init_keys2();
    init_api2();
    init_llk_lookahead();
    LooksAhead = class {
      initLooksAhead(config) {
        this.dynamicTokensEnabled = has_default(config, "dynamicTokensEnabled") ? config.dynamicTokensEnabled : DEFAULT_PARSER_CONFIG.dynamicTokensEnabled;
        this.maxLookahead = has_default(config, "maxLookahead") ? config.maxLookahead : DEFAULT_PARSER_CONFIG.maxLookahead;
        this.lookaheadStrategy = has_default(config, "lookaheadStrategy") ? config.lookaheadStrategy : new LLkLookaheadStrategy({ maxLookahead: this.maxLookahead });
        this.lookAheadFuncsCache = /* @__PURE__ */ new Map();
      }
      preComputeLookaheadFunctions(rules) {
        forEach_default(rules, (currRule) => {
          this.TRACE_INIT(`${currRule.name} Rule Lookahead`, () => {
            const { alternation, repetition, option, repetitionMandatory, repetitionMandatoryWithSeparator, repetitionWithSeparator } = collectMethods(currRule);
            forEach_default(alternation, (currProd) => {
              const prodIdx = currProd.idx === 0 ? "" : currProd.idx;
              this.TRACE_INIT(`${getProductionDslName(currProd)}${prodIdx}`, () => {
                const laFunc = this.lookaheadStrategy.buildLookaheadForAlternation({
                  prodOccurrence: currProd.idx,
                  rule: currRule,
                  maxLookahead: currProd.maxLookahead || this.maxLookahead,
                  hasPredicates: currProd.hasPredicates,
                  dynamicTokensEnabled: this.dynamicTokensEnabled
                });
                const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[currRule.name], OR_IDX, currProd.idx);
                this.setLaFuncCache(key, laFunc);
              });
            });
            forEach_default(repetition, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, MANY_IDX, "Repetition", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(option, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, OPTION_IDX, "Option", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(repetitionMandatory, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_IDX, "RepetitionMandatory", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(repetitionMandatoryWithSeparator, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_SEP_IDX, "RepetitionMandatoryWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(repetitionWithSeparator, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, MANY_SEP_IDX, "RepetitionWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
            });
          });
        });
      }
      computeLookaheadFunc(rule, prodOccurrence, prodKey, prodType, prodMaxLookahead, dslMethodName) {
        this.TRACE_INIT(`${dslMethodName}${prodOccurrence === 0 ? "" : prodOccurrence}`, () => {
          const laFunc = this.lookaheadStrategy.buildLookaheadForOptional({
            prodOccurrence,
            rule,
            maxLookahead: prodMaxLookahead || this.maxLookahead,
            dynamicTokensEnabled: this.dynamicTokensEnabled,
            prodType
          });
          const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[rule.name], prodKey, prodOccurrence);
          this.setLaFuncCache(key, laFunc);
        });
      }
      // this actually returns a number, but it is always used as a string (object prop key)
      getKeyForAutomaticLookahead(dslMethodIdx, occurrence) {
        return getKeyForAutomaticLookahead(this.currRuleShortName, dslMethodIdx, occurrence);
      }
      getLaFuncFromCache(key) {
        return this.lookAheadFuncsCache.get(key);
      }
      /* istanbul ignore next */
      setLaFuncCache(key, value) {
        this.lookAheadFuncsCache.set(key, value);
      }
    };
    DslMethodsCollectorVisitor = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.dslMethods = {
          option: [],
          alternation: [],
          repetition: [],
          repetitionWithSeparator: [],
          repetitionMandatory: [],
          repetitionMandatoryWithSeparator: []
        };
      }
      reset() {
        this.dslMethods = {
          option: [],
          alternation: [],
          repetition: [],
          repetitionWithSeparator: [],
          repetitionMandatory: [],
          repetitionMandatoryWithSeparator: []
        };
      }
      visitOption(option) {
        this.dslMethods.option.push(option);
      }
      visitRepetitionWithSeparator(manySep) {
        this.dslMethods.repetitionWithSeparator.push(manySep);
      }
      visitRepetitionMandatory(atLeastOne) {
        this.dslMethods.repetitionMandatory.push(atLeastOne);
      }
      visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
        this.dslMethods.repetitionMandatoryWithSeparator.push(atLeastOneSep);
      }
      visitRepetition(many) {
        this.dslMethods.repetition.push(many);
      }
      visitAlternation(or) {
        this.dslMethods.alternation.push(or);
      }
    };
    collectorVisitor = new DslMethodsCollectorVisitor();
  }
});

// node_modules/chevrotain/lib/src/parse/cst/cst.js
function setNodeLocationOnlyOffset(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  }
}
function setNodeLocationFull(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.startColumn = newLocationInfo.startColumn;
    currNodeLocation.startLine = newLocationInfo.startLine;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  }
}
function addTerminalToCst(node, token, tokenTypeName) {
  if (node.children[tokenTypeName] === void 0) {
    node.children[tokenTypeName] = [token];
  } else {
    node.children[tokenTypeName].push(token);
  }
}
function addNoneTerminalToCst(node, ruleName2, ruleResult) {
  if (node.children[ruleName2] === void 0) {
    node.children[ruleName2] = [ruleResult];
  } else {
    node.children[ruleName2].push(ruleResult);
  }
}
var init_cst = __esm({
  "node_modules/chevrotain/lib/src/parse/cst/cst.js"() {
  }
});

// node_modules/chevrotain/lib/src/lang/lang_extensions.js
function defineNameProp(obj, nameValue) {
  Object.defineProperty(obj, NAME, {
    enumerable: false,
    configurable: true,
    writable: false,
    value: nameValue
  });
}
var NAME;
var init_lang_extensions = __esm({
  "node_modules/chevrotain/lib/src/lang/lang_extensions.js"() {
    NAME = "name";
  }
});

// node_modules/chevrotain/lib/src/parse/cst/cst_visitor.js
function defaultVisit(ctx, param) {
  const childrenNames = keys_default(ctx);
  const childrenNamesLength = childrenNames.length;
  for (let i = 0; i < childrenNamesLength; i++) {
    const currChildName = childrenNames[i];
    const currChildArray = ctx[currChildName];
    const currChildArrayLength = currChildArray.length;
    for (let j = 0; j < currChildArrayLength; j++) {
      const currChild = currChildArray[j];
      if (currChild.tokenTypeIdx === void 0) {
        this[currChild.name](currChild.children, param);
      }
    }
  }
}
function createBaseSemanticVisitorConstructor(grammarName, ruleNames) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemantics");
  const semanticProto = {
    visit: function(cstNode, param) {
      if (isArray_default(cstNode)) {
        cstNode = cstNode[0];
      }
      if (isUndefined_default(cstNode)) {
        return void 0;
      }
      return this[cstNode.name](cstNode.children, param);
    },
    validateVisitor: function() {
      const semanticDefinitionErrors = validateVisitor(this, ruleNames);
      if (!isEmpty_default(semanticDefinitionErrors)) {
        const errorMessages = map_default(semanticDefinitionErrors, (currDefError) => currDefError.msg);
        throw Error(`Errors Detected in CST Visitor <${this.constructor.name}>:
	${errorMessages.join("\n\n").replace(/\n/g, "\n	")}`);
      }
    }
  };
  derivedConstructor.prototype = semanticProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  derivedConstructor._RULE_NAMES = ruleNames;
  return derivedConstructor;
}
function createBaseVisitorConstructorWithDefaults(grammarName, ruleNames, baseConstructor) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemanticsWithDefaults");
  const withDefaultsProto = Object.create(baseConstructor.prototype);
  forEach_default(ruleNames, (ruleName2) => {
    withDefaultsProto[ruleName2] = defaultVisit;
  });
  derivedConstructor.prototype = withDefaultsProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  return derivedConstructor;
}
function validateVisitor(visitorInstance, ruleNames) {
  const missingErrors = validateMissingCstMethods(visitorInstance, ruleNames);
  return missingErrors;
}
function validateMissingCstMethods(visitorInstance, ruleNames) {
  const missingRuleNames = filter_default(ruleNames, (currRuleName) => {
    return isFunction_default(visitorInstance[currRuleName]) === false;
  });
  const errors = map_default(missingRuleNames, (currRuleName) => {
    return {
      msg: `Missing visitor method: <${currRuleName}> on ${visitorInstance.constructor.name} CST Visitor.`,
      type: CstVisitorDefinitionError.MISSING_METHOD,
      methodName: currRuleName
    };
  });
  return compact_default(errors);
}
var CstVisitorDefinitionError;
var init_cst_visitor = __esm({
  "node_modules/chevrotain/lib/src/parse/cst/cst_visitor.js"() {
    init_lodash();
    init_lang_extensions();
    (function(CstVisitorDefinitionError2) {
      CstVisitorDefinitionError2[CstVisitorDefinitionError2["REDUNDANT_METHOD"] = 0] = "REDUNDANT_METHOD";
      CstVisitorDefinitionError2[CstVisitorDefinitionError2["MISSING_METHOD"] = 1] = "MISSING_METHOD";
    })(CstVisitorDefinitionError || (CstVisitorDefinitionError = {}));
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/tree_builder.js
var TreeBuilder;
var init_tree_builder = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/tree_builder.js"() {
    init_cst();
    init_lodash();
    init_cst_visitor();
    init_parser();
    TreeBuilder = class {
      initTreeBuilder(config) {
        this.CST_STACK = [];
        this.outputCst = config.outputCst;
        this.nodeLocationTracking = has_default(config, "nodeLocationTracking") ? config.nodeLocationTracking : DEFAULT_PARSER_CONFIG.nodeLocationTracking;
        if (!this.outputCst) {
          this.cstInvocationStateUpdate = noop_default;
          this.cstFinallyStateUpdate = noop_default;
          this.cstPostTerminal = noop_default;
          this.cstPostNonTerminal = noop_default;
          this.cstPostRule = noop_default;
        } else {
          if (/full/i.test(this.nodeLocationTracking)) {
            if (this.recoveryEnabled) {
              this.setNodeLocationFromToken = setNodeLocationFull;
              this.setNodeLocationFromNode = setNodeLocationFull;
              this.cstPostRule = noop_default;
              this.setInitialNodeLocation = this.setInitialNodeLocationFullRecovery;
            } else {
              this.setNodeLocationFromToken = noop_default;
              this.setNodeLocationFromNode = noop_default;
              this.cstPostRule = this.cstPostRuleFull;
              this.setInitialNodeLocation = this.setInitialNodeLocationFullRegular;
            }
          } else if (/onlyOffset/i.test(this.nodeLocationTracking)) {
            if (this.recoveryEnabled) {
              this.setNodeLocationFromToken = setNodeLocationOnlyOffset;
              this.setNodeLocationFromNode = setNodeLocationOnlyOffset;
              this.cstPostRule = noop_default;
              this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRecovery;
            } else {
              this.setNodeLocationFromToken = noop_default;
              this.setNodeLocationFromNode = noop_default;
              this.cstPostRule = this.cstPostRuleOnlyOffset;
              this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRegular;
            }
          } else if (/none/i.test(this.nodeLocationTracking)) {
            this.setNodeLocationFromToken = noop_default;
            this.setNodeLocationFromNode = noop_default;
            this.cstPostRule = noop_default;
            this.setInitialNodeLocation = noop_default;
          } else {
            throw Error(`Invalid <nodeLocationTracking> config option: "${config.nodeLocationTracking}"`);
          }
        }
      }
      setInitialNodeLocationOnlyOffsetRecovery(cstNode) {
        cstNode.location = {
          startOffset: NaN,
          endOffset: NaN
        };
      }
      setInitialNodeLocationOnlyOffsetRegular(cstNode) {
        cstNode.location = {
          // without error recovery the starting Location of a new CstNode is guaranteed
          // To be the next Token's startOffset (for valid inputs).
          // For invalid inputs there won't be any CSTOutput so this potential
          // inaccuracy does not matter
          startOffset: this.LA_FAST(1).startOffset,
          endOffset: NaN
        };
      }
      setInitialNodeLocationFullRecovery(cstNode) {
        cstNode.location = {
          startOffset: NaN,
          startLine: NaN,
          startColumn: NaN,
          endOffset: NaN,
          endLine: NaN,
          endColumn: NaN
        };
      }
      /**
           *  @see setInitialNodeLocationOnlyOffsetRegular for explanation why this work
      
           * @param cstNode
           */
      setInitialNodeLocationFullRegular(cstNode) {
        const nextToken = this.LA_FAST(1);
        cstNode.location = {
          startOffset: nextToken.startOffset,
          startLine: nextToken.startLine,
          startColumn: nextToken.startColumn,
          endOffset: NaN,
          endLine: NaN,
          endColumn: NaN
        };
      }
      cstInvocationStateUpdate(fullRuleName) {
        const cstNode = {
          name: fullRuleName,
          children: /* @__PURE__ */ Object.create(null)
        };
        this.setInitialNodeLocation(cstNode);
        this.CST_STACK.push(cstNode);
      }
      cstFinallyStateUpdate() {
        this.CST_STACK.pop();
      }
      cstPostRuleFull(ruleCstNode) {
        const prevToken = this.LA(0);
        const loc = ruleCstNode.location;
        if (loc.startOffset <= prevToken.startOffset === true) {
          loc.endOffset = prevToken.endOffset;
          loc.endLine = prevToken.endLine;
          loc.endColumn = prevToken.endColumn;
        } else {
          loc.startOffset = NaN;
          loc.startLine = NaN;
          loc.startColumn = NaN;
        }
      }
      cstPostRuleOnlyOffset(ruleCstNode) {
        const prevToken = this.LA(0);
        const loc = ruleCstNode.location;
        if (loc.startOffset <= prevToken.startOffset === true) {
          loc.endOffset = prevToken.endOffset;
        } else {
          loc.startOffset = NaN;
        }
      }
      cstPostTerminal(key, consumedToken) {
        const rootCst = this.CST_STACK[this.CST_STACK.length - 1];
        addTerminalToCst(rootCst, consumedToken, key);
        this.setNodeLocationFromToken(rootCst.location, consumedToken);
      }
      cstPostNonTerminal(ruleCstResult, ruleName2) {
        const preCstNode = this.CST_STACK[this.CST_STACK.length - 1];
        addNoneTerminalToCst(preCstNode, ruleName2, ruleCstResult);
        this.setNodeLocationFromNode(preCstNode.location, ruleCstResult.location);
      }
      getBaseCstVisitorConstructor() {
        if (isUndefined_default(this.baseCstVisitorConstructor)) {
          const newBaseCstVisitorConstructor = createBaseSemanticVisitorConstructor(this.className, keys_default(this.gastProductionsCache));
          this.baseCstVisitorConstructor = newBaseCstVisitorConstructor;
          return newBaseCstVisitorConstructor;
        }
        return this.baseCstVisitorConstructor;
      }
      getBaseCstVisitorConstructorWithDefaults() {
        if (isUndefined_default(this.baseCstVisitorWithDefaultsConstructor)) {
          const newConstructor = createBaseVisitorConstructorWithDefaults(this.className, keys_default(this.gastProductionsCache), this.getBaseCstVisitorConstructor());
          this.baseCstVisitorWithDefaultsConstructor = newConstructor;
          return newConstructor;
        }
        return this.baseCstVisitorWithDefaultsConstructor;
      }
      getPreviousExplicitRuleShortName() {
        return this.RULE_STACK[this.RULE_STACK_IDX - 1];
      }
      getLastExplicitRuleOccurrenceIndex() {
        return this.RULE_OCCURRENCE_STACK[this.RULE_OCCURRENCE_STACK_IDX];
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/lexer_adapter.js
var LexerAdapter;
var init_lexer_adapter = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/lexer_adapter.js"() {
    init_parser();
    LexerAdapter = class {
      initLexerAdapter() {
        this.tokVector = [];
        this.tokVectorLength = 0;
        this.currIdx = -1;
      }
      set input(newInput) {
        if (this.selfAnalysisDone !== true) {
          throw Error(`Missing <performSelfAnalysis> invocation at the end of the Parser's constructor.`);
        }
        this.reset();
        this.tokVector = newInput;
        this.tokVectorLength = newInput.length;
      }
      get input() {
        return this.tokVector;
      }
      // skips a token and returns the next token
      SKIP_TOKEN() {
        if (this.currIdx <= this.tokVectorLength - 2) {
          this.consumeToken();
          return this.LA_FAST(1);
        } else {
          return END_OF_FILE;
        }
      }
      // Lexer (accessing Token vector) related methods which can be overridden to implement lazy lexers
      // or lexers dependent on parser context.
      // Performance Optimized version of LA without bound checks
      // note that token beyond the end of the token vector EOF Token will still be returned
      // due to using sentinels at the end of the token vector. (for K=max lookahead)
      LA_FAST(howMuch) {
        const soughtIdx = this.currIdx + howMuch;
        return this.tokVector[soughtIdx];
      }
      LA(howMuch) {
        const soughtIdx = this.currIdx + howMuch;
        if (soughtIdx < 0 || this.tokVectorLength <= soughtIdx) {
          return END_OF_FILE;
        } else {
          return this.tokVector[soughtIdx];
        }
      }
      consumeToken() {
        this.currIdx++;
      }
      exportLexerState() {
        return this.currIdx;
      }
      importLexerState(newState) {
        this.currIdx = newState;
      }
      resetLexerState() {
        this.currIdx = -1;
      }
      moveToTerminatedState() {
        this.currIdx = this.tokVectorLength - 1;
      }
      getLexerPosition() {
        return this.exportLexerState();
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js
var RecognizerApi;
var init_recognizer_api = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js"() {
    init_lodash();
    init_exceptions_public();
    init_parser();
    init_errors_public();
    init_checks();
    init_api2();
    RecognizerApi = class {
      ACTION(impl) {
        return impl.call(this);
      }
      consume(idx, tokType, options) {
        return this.consumeInternal(tokType, idx, options);
      }
      subrule(idx, ruleToCall, options) {
        return this.subruleInternal(ruleToCall, idx, options);
      }
      option(idx, actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, idx);
      }
      or(idx, altsOrOpts) {
        return this.orInternal(altsOrOpts, idx);
      }
      many(idx, actionORMethodDef) {
        return this.manyInternal(idx, actionORMethodDef);
      }
      atLeastOne(idx, actionORMethodDef) {
        return this.atLeastOneInternal(idx, actionORMethodDef);
      }
      CONSUME(tokType, options) {
        return this.consumeInternal(tokType, 0, options);
      }
      CONSUME1(tokType, options) {
        return this.consumeInternal(tokType, 1, options);
      }
      CONSUME2(tokType, options) {
        return this.consumeInternal(tokType, 2, options);
      }
      CONSUME3(tokType, options) {
        return this.consumeInternal(tokType, 3, options);
      }
      CONSUME4(tokType, options) {
        return this.consumeInternal(tokType, 4, options);
      }
      CONSUME5(tokType, options) {
        return this.consumeInternal(tokType, 5, options);
      }
      CONSUME6(tokType, options) {
        return this.consumeInternal(tokType, 6, options);
      }
      CONSUME7(tokType, options) {
        return this.consumeInternal(tokType, 7, options);
      }
      CONSUME8(tokType, options) {
        return this.consumeInternal(tokType, 8, options);
      }
      CONSUME9(tokType, options) {
        return this.consumeInternal(tokType, 9, options);
      }
      SUBRULE(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 0, options);
      }
      SUBRULE1(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 1, options);
      }
      SUBRULE2(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 2, options);
      }
      SUBRULE3(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 3, options);
      }
      SUBRULE4(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 4, options);
      }
      SUBRULE5(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 5, options);
      }
      SUBRULE6(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 6, options);
      }
      SUBRULE7(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 7, options);
      }
      SUBRULE8(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 8, options);
      }
      SUBRULE9(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 9, options);
      }
      OPTION(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 0);
      }
      OPTION1(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 1);
      }
      OPTION2(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 2);
      }
      OPTION3(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 3);
      }
      OPTION4(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 4);
      }
      OPTION5(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 5);
      }
      OPTION6(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 6);
      }
      OPTION7(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 7);
      }
      OPTION8(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 8);
      }
      OPTION9(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 9);
      }
      OR(altsOrOpts) {
        return this.orInternal(altsOrOpts, 0);
      }
      OR1(altsOrOpts) {
        return this.orInternal(altsOrOpts, 1);
      }
      OR2(altsOrOpts) {
        return this.orInternal(altsOrOpts, 2);
      }
      OR3(altsOrOpts) {
        return this.orInternal(altsOrOpts, 3);
      }
      OR4(altsOrOpts) {
        return this.orInternal(altsOrOpts, 4);
      }
      OR5(altsOrOpts) {
        return this.orInternal(altsOrOpts, 5);
      }
      OR6(altsOrOpts) {
        return this.orInternal(altsOrOpts, 6);
      }
      OR7(altsOrOpts) {
        return this.orInternal(altsOrOpts, 7);
      }
      OR8(altsOrOpts) {
        return this.orInternal(altsOrOpts, 8);
      }
      OR9(altsOrOpts) {
        return this.orInternal(altsOrOpts, 9);
      }
      MANY(actionORMethodDef) {
        this.manyInternal(0, actionORMethodDef);
      }
      MANY1(actionORMethodDef) {
        this.manyInternal(1, actionORMethodDef);
      }
      MANY2(actionORMethodDef) {
        this.manyInternal(2, actionORMethodDef);
      }
      MANY3(actionORMethodDef) {
        this.manyInternal(3, actionORMethodDef);
      }
      MANY4(actionORMethodDef) {
        this.manyInternal(4, actionORMethodDef);
      }
      MANY5(actionORMethodDef) {
        this.manyInternal(5, actionORMethodDef);
      }
      MANY6(actionORMethodDef) {
        this.manyInternal(6, actionORMethodDef);
      }
      MANY7(actionORMethodDef) {
        this.manyInternal(7, actionORMethodDef);
      }
      MANY8(actionORMethodDef) {
        this.manyInternal(8, actionORMethodDef);
      }
      MANY9(actionORMethodDef) {
        this.manyInternal(9, actionORMethodDef);
      }
      MANY_SEP(options) {
        this.manySepFirstInternal(0, options);
      }
      MANY_SEP1(options) {
        this.manySepFirstInternal(1, options);
      }
      MANY_SEP2(options) {
        this.manySepFirstInternal(2, options);
      }
      MANY_SEP3(options) {
        this.manySepFirstInternal(3, options);
      }
      MANY_SEP4(options) {
        this.manySepFirstInternal(4, options);
      }
      MANY_SEP5(options) {
        this.manySepFirstInternal(5, options);
      }
      MANY_SEP6(options) {
        this.manySepFirstInternal(6, options);
      }
      MANY_SEP7(options) {
        this.manySepFirstInternal(7, options);
      }
      MANY_SEP8(options) {
        this.manySepFirstInternal(8, options);
      }
      MANY_SEP9(options) {
        this.manySepFirstInternal(9, options);
      }
      AT_LEAST_ONE(actionORMethodDef) {
        this.atLeastOneInternal(0, actionORMethodDef);
      }
      AT_LEAST_ONE1(actionORMethodDef) {
        return this.atLeastOneInternal(1, actionORMethodDef);
      }
      AT_LEAST_ONE2(actionORMethodDef) {
        this.atLeastOneInternal(2, actionORMethodDef);
      }
      AT_LEAST_ONE3(actionORMethodDef) {
        this.atLeastOneInternal(3, actionORMethodDef);
      }
      AT_LEAST_ONE4(actionORMethodDef) {
        this.atLeastOneInternal(4, actionORMethodDef);
      }
      AT_LEAST_ONE5(actionORMethodDef) {
        this.atLeastOneInternal(5, actionORMethodDef);
      }
      AT_LEAST_ONE6(actionORMethodDef) {
        this.atLeastOneInternal(6, actionORMethodDef);
      }
      AT_LEAST_ONE7(actionORMethodDef) {
        this.atLeastOneInternal(7, actionORMethodDef);
      }
      AT_LEAST_ONE8(actionORMethodDef) {
        this.atLeastOneInternal(8, actionORMethodDef);
      }
      AT_LEAST_ONE9(actionORMethodDef) {
        this.atLeastOneInternal(9, actionORMethodDef);
      }
      AT_LEAST_ONE_SEP(options) {
        this.atLeastOneSepFirstInternal(0, options);
      }
      AT_LEAST_ONE_SEP1(options) {
        this.atLeastOneSepFirstInternal(1, options);
      }
      AT_LEAST_ONE_SEP2(options) {
        this.atLeastOneSepFirstInternal(2, options);
      }
      AT_LEAST_ONE_SEP3(options) {
        this.atLeastOneSepFirstInternal(3, options);
      }
      AT_LEAST_ONE_SEP4(options) {
        this.atLeastOneSepFirstInternal(4, options);
      }
      AT_LEAST_ONE_SEP5(options) {
        this.atLeastOneSepFirstInternal(5, options);
      }
      AT_LEAST_ONE_SEP6(options) {
        this.atLeastOneSepFirstInternal(6, options);
      }
      AT_LEAST_ONE_SEP7(options) {
        this.atLeastOneSepFirstInternal(7, options);
      }
      AT_LEAST_ONE_SEP8(options) {
        this.atLeastOneSepFirstInternal(8, options);
      }
      AT_LEAST_ONE_SEP9(options) {
        this.atLeastOneSepFirstInternal(9, options);
      }
      RULE(name, implementation, config = DEFAULT_RULE_CONFIG) {
        if (includes_default(this.definedRulesNames, name)) {
          const errMsg = defaultGrammarValidatorErrorProvider.buildDuplicateRuleNameError({
            topLevelRule: name,
            grammarName: this.className
          });
          const error = {
            message: errMsg,
            type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
            ruleName: name
          };
          this.definitionErrors.push(error);
        }
        this.definedRulesNames.push(name);
        const ruleImplementation = this.defineRule(name, implementation, config);
        this[name] = ruleImplementation;
        return ruleImplementation;
      }
      OVERRIDE_RULE(name, impl, config = DEFAULT_RULE_CONFIG) {
        const ruleErrors = validateRuleIsOverridden(name, this.definedRulesNames, this.className);
        this.definitionErrors = this.definitionErrors.concat(ruleErrors);
        const ruleImplementation = this.defineRule(name, impl, config);
        this[name] = ruleImplementation;
        return ruleImplementation;
      }
      BACKTRACK(grammarRule, args) {
        var _a;
        const ruleToCall = (_a = grammarRule.coreRule) !== null && _a !== void 0 ? _a : grammarRule;
        return function() {
          this.isBackTrackingStack.push(1);
          const orgState = this.saveRecogState();
          try {
            ruleToCall.apply(this, args);
            return true;
          } catch (e) {
            if (isRecognitionException(e)) {
              return false;
            } else {
              throw e;
            }
          } finally {
            this.reloadRecogState(orgState);
            this.isBackTrackingStack.pop();
          }
        };
      }
      // GAST export APIs
      getGAstProductions() {
        return this.gastProductionsCache;
      }
      getSerializedGastProductions() {
        return serializeGrammar(values_default(this.gastProductionsCache));
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_engine.js
var RecognizerEngine;
var init_recognizer_engine = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_engine.js"() {
    init_lodash();
    init_keys2();
    init_exceptions_public();
    init_lookahead();
    init_interpreter();
    init_parser();
    init_recoverable();
    init_tokens_public();
    init_tokens();
    RecognizerEngine = class {
      initRecognizerEngine(tokenVocabulary, config) {
        this.className = this.constructor.name;
        this.shortRuleNameToFull = {};
        this.fullRuleNameToShort = {};
        this.ruleShortNameIdx = 256;
        this.tokenMatcher = tokenStructuredMatcherNoCategories;
        this.subruleIdx = 0;
        this.currRuleShortName = 0;
        this.definedRulesNames = [];
        this.tokensMap = {};
        this.isBackTrackingStack = [];
        this.RULE_STACK = [];
        this.RULE_STACK_IDX = -1;
        this.RULE_OCCURRENCE_STACK = [];
        this.RULE_OCCURRENCE_STACK_IDX = -1;
        this.gastProductionsCache = {};
        if (has_default(config, "serializedGrammar")) {
          throw Error("The Parser's configuration can no longer contain a <serializedGrammar> property.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_6-0-0\n	For Further details.");
        }
        if (isArray_default(tokenVocabulary)) {
          if (isEmpty_default(tokenVocabulary)) {
            throw Error("A Token Vocabulary cannot be empty.\n	Note that the first argument for the parser constructor\n	is no longer a Token vector (since v4.0).");
          }
          if (typeof tokenVocabulary[0].startOffset === "number") {
            throw Error("The Parser constructor no longer accepts a token vector as the first argument.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_4-0-0\n	For Further details.");
          }
        }
        if (isArray_default(tokenVocabulary)) {
          this.tokensMap = reduce_default(tokenVocabulary, (acc, tokType) => {
            acc[tokType.name] = tokType;
            return acc;
          }, {});
        } else if (has_default(tokenVocabulary, "modes") && every_default(flatten_default(values_default(tokenVocabulary.modes)), isTokenType)) {
          const allTokenTypes2 = flatten_default(values_default(tokenVocabulary.modes));
          const uniqueTokens = uniq_default(allTokenTypes2);
          this.tokensMap = reduce_default(uniqueTokens, (acc, tokType) => {
            acc[tokType.name] = tokType;
            return acc;
          }, {});
        } else if (isObject_default(tokenVocabulary)) {
          this.tokensMap = clone_default(tokenVocabulary);
        } else {
          throw new Error("<tokensDictionary> argument must be An Array of Token constructors, A dictionary of Token constructors or an IMultiModeLexerDefinition");
        }
        this.tokensMap["EOF"] = EOF;
        const allTokenTypes = has_default(tokenVocabulary, "modes") ? flatten_default(values_default(tokenVocabulary.modes)) : values_default(tokenVocabulary);
        const noTokenCategoriesUsed = every_default(allTokenTypes, (tokenConstructor) => isEmpty_default(tokenConstructor.categoryMatches));
        this.tokenMatcher = noTokenCategoriesUsed ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
        augmentTokenTypes(values_default(this.tokensMap));
      }
      defineRule(ruleName2, impl, config) {
        if (this.selfAnalysisDone) {
          throw Error(`Grammar rule <${ruleName2}> may not be defined after the 'performSelfAnalysis' method has been called'
Make sure that all grammar rule definitions are done before 'performSelfAnalysis' is called.`);
        }
        const resyncEnabled = has_default(config, "resyncEnabled") ? config.resyncEnabled : DEFAULT_RULE_CONFIG.resyncEnabled;
        const recoveryValueFunc = has_default(config, "recoveryValueFunc") ? config.recoveryValueFunc : DEFAULT_RULE_CONFIG.recoveryValueFunc;
        const shortName = this.ruleShortNameIdx << BITS_FOR_METHOD_TYPE + BITS_FOR_OCCURRENCE_IDX;
        this.ruleShortNameIdx++;
        this.shortRuleNameToFull[shortName] = ruleName2;
        this.fullRuleNameToShort[ruleName2] = shortName;
        let coreRuleFunction;
        if (this.outputCst === true) {
          coreRuleFunction = function invokeRuleWithTry(...args) {
            try {
              this.ruleInvocationStateUpdate(shortName, ruleName2, this.subruleIdx);
              impl.apply(this, args);
              const cst = this.CST_STACK[this.CST_STACK.length - 1];
              this.cstPostRule(cst);
              return cst;
            } catch (e) {
              return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
            } finally {
              this.ruleFinallyStateUpdate();
            }
          };
        } else {
          coreRuleFunction = function invokeRuleWithTryCst(...args) {
            try {
              this.ruleInvocationStateUpdate(shortName, ruleName2, this.subruleIdx);
              return impl.apply(this, args);
            } catch (e) {
              return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
            } finally {
              this.ruleFinallyStateUpdate();
            }
          };
        }
        const rootRuleFunction = function rootRule(...args) {
          this.onBeforeParse(ruleName2);
          try {
            return coreRuleFunction.apply(this, args);
          } finally {
            this.onAfterParse(ruleName2);
          }
        };
        const wrappedGrammarRule = Object.assign(rootRuleFunction, { ruleName: ruleName2, originalGrammarAction: impl, coreRule: coreRuleFunction });
        return wrappedGrammarRule;
      }
      invokeRuleCatch(e, resyncEnabledConfig, recoveryValueFunc) {
        const isFirstInvokedRule = this.RULE_STACK_IDX === 0;
        const reSyncEnabled = resyncEnabledConfig && !this.isBackTracking() && this.recoveryEnabled;
        if (isRecognitionException(e)) {
          const recogError = e;
          if (reSyncEnabled) {
            const reSyncTokType = this.findReSyncTokenType();
            if (this.isInCurrentRuleReSyncSet(reSyncTokType)) {
              recogError.resyncedTokens = this.reSyncTo(reSyncTokType);
              if (this.outputCst) {
                const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
                partialCstResult.recoveredNode = true;
                return partialCstResult;
              } else {
                return recoveryValueFunc(e);
              }
            } else {
              if (this.outputCst) {
                const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
                partialCstResult.recoveredNode = true;
                recogError.partialCstResult = partialCstResult;
              }
              throw recogError;
            }
          } else if (isFirstInvokedRule) {
            this.moveToTerminatedState();
            return recoveryValueFunc(e);
          } else {
            throw recogError;
          }
        } else {
          throw e;
        }
      }
      // Implementation of parsing DSL
      optionInternal(actionORMethodDef, occurrence) {
        const key = this.getKeyForAutomaticLookahead(OPTION_IDX, occurrence);
        return this.optionInternalLogic(actionORMethodDef, occurrence, key);
      }
      optionInternalLogic(actionORMethodDef, occurrence, key) {
        let lookAheadFunc = this.getLaFuncFromCache(key);
        let action;
        if (typeof actionORMethodDef !== "function") {
          action = actionORMethodDef.DEF;
          const predicate = actionORMethodDef.GATE;
          if (predicate !== void 0) {
            const orgLookaheadFunction = lookAheadFunc;
            lookAheadFunc = () => {
              return predicate.call(this) && orgLookaheadFunction.call(this);
            };
          }
        } else {
          action = actionORMethodDef;
        }
        if (lookAheadFunc.call(this) === true) {
          return action.call(this);
        }
        return void 0;
      }
      atLeastOneInternal(prodOccurrence, actionORMethodDef) {
        const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_IDX, prodOccurrence);
        return this.atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, laKey);
      }
      atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, key) {
        let lookAheadFunc = this.getLaFuncFromCache(key);
        let action;
        if (typeof actionORMethodDef !== "function") {
          action = actionORMethodDef.DEF;
          const predicate = actionORMethodDef.GATE;
          if (predicate !== void 0) {
            const orgLookaheadFunction = lookAheadFunc;
            lookAheadFunc = () => {
              return predicate.call(this) && orgLookaheadFunction.call(this);
            };
          }
        } else {
          action = actionORMethodDef;
        }
        if (lookAheadFunc.call(this) === true) {
          let notStuck = this.doSingleRepetition(action);
          while (lookAheadFunc.call(this) === true && notStuck === true) {
            notStuck = this.doSingleRepetition(action);
          }
        } else {
          throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY, actionORMethodDef.ERR_MSG);
        }
        this.attemptInRepetitionRecovery(this.atLeastOneInternal, [prodOccurrence, actionORMethodDef], lookAheadFunc, AT_LEAST_ONE_IDX, prodOccurrence, NextTerminalAfterAtLeastOneWalker);
      }
      atLeastOneSepFirstInternal(prodOccurrence, options) {
        const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_SEP_IDX, prodOccurrence);
        this.atLeastOneSepFirstInternalLogic(prodOccurrence, options, laKey);
      }
      atLeastOneSepFirstInternalLogic(prodOccurrence, options, key) {
        const action = options.DEF;
        const separator = options.SEP;
        const firstIterationLookaheadFunc = this.getLaFuncFromCache(key);
        if (firstIterationLookaheadFunc.call(this) === true) {
          action.call(this);
          const separatorLookAheadFunc = () => {
            return this.tokenMatcher(this.LA_FAST(1), separator);
          };
          while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
            this.CONSUME(separator);
            action.call(this);
          }
          this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
            prodOccurrence,
            separator,
            separatorLookAheadFunc,
            action,
            NextTerminalAfterAtLeastOneSepWalker
          ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, NextTerminalAfterAtLeastOneSepWalker);
        } else {
          throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, options.ERR_MSG);
        }
      }
      manyInternal(prodOccurrence, actionORMethodDef) {
        const laKey = this.getKeyForAutomaticLookahead(MANY_IDX, prodOccurrence);
        return this.manyInternalLogic(prodOccurrence, actionORMethodDef, laKey);
      }
      manyInternalLogic(prodOccurrence, actionORMethodDef, key) {
        let lookaheadFunction = this.getLaFuncFromCache(key);
        let action;
        if (typeof actionORMethodDef !== "function") {
          action = actionORMethodDef.DEF;
          const predicate = actionORMethodDef.GATE;
          if (predicate !== void 0) {
            const orgLookaheadFunction = lookaheadFunction;
            lookaheadFunction = () => {
              return predicate.call(this) && orgLookaheadFunction.call(this);
            };
          }
        } else {
          action = actionORMethodDef;
        }
        let notStuck = true;
        while (lookaheadFunction.call(this) === true && notStuck === true) {
          notStuck = this.doSingleRepetition(action);
        }
        this.attemptInRepetitionRecovery(
          this.manyInternal,
          [prodOccurrence, actionORMethodDef],
          lookaheadFunction,
          MANY_IDX,
          prodOccurrence,
          NextTerminalAfterManyWalker,
          // The notStuck parameter is only relevant when "attemptInRepetitionRecovery"
          // is invoked from manyInternal, in the MANY_SEP case and AT_LEAST_ONE[_SEP]
          // An infinite loop cannot occur as:
          // - Either the lookahead is guaranteed to consume something (Single Token Separator)
          // - AT_LEAST_ONE by definition is guaranteed to consume something (or error out).
          notStuck
        );
      }
      manySepFirstInternal(prodOccurrence, options) {
        const laKey = this.getKeyForAutomaticLookahead(MANY_SEP_IDX, prodOccurrence);
        this.manySepFirstInternalLogic(prodOccurrence, options, laKey);
      }
      manySepFirstInternalLogic(prodOccurrence, options, key) {
        const action = options.DEF;
        const separator = options.SEP;
        const firstIterationLaFunc = this.getLaFuncFromCache(key);
        if (firstIterationLaFunc.call(this) === true) {
          action.call(this);
          const separatorLookAheadFunc = () => {
            return this.tokenMatcher(this.LA_FAST(1), separator);
          };
          while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
            this.CONSUME(separator);
            action.call(this);
          }
          this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
            prodOccurrence,
            separator,
            separatorLookAheadFunc,
            action,
            NextTerminalAfterManySepWalker
          ], separatorLookAheadFunc, MANY_SEP_IDX, prodOccurrence, NextTerminalAfterManySepWalker);
        }
      }
      repetitionSepSecondInternal(prodOccurrence, separator, separatorLookAheadFunc, action, nextTerminalAfterWalker) {
        while (separatorLookAheadFunc()) {
          this.CONSUME(separator);
          action.call(this);
        }
        this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
          prodOccurrence,
          separator,
          separatorLookAheadFunc,
          action,
          nextTerminalAfterWalker
        ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, nextTerminalAfterWalker);
      }
      doSingleRepetition(action) {
        const beforeIteration = this.getLexerPosition();
        action.call(this);
        const afterIteration = this.getLexerPosition();
        return afterIteration > beforeIteration;
      }
      orInternal(altsOrOpts, occurrence) {
        const laKey = this.getKeyForAutomaticLookahead(OR_IDX, occurrence);
        const alts = isArray_default(altsOrOpts) ? altsOrOpts : altsOrOpts.DEF;
        const laFunc = this.getLaFuncFromCache(laKey);
        const altIdxToTake = laFunc.call(this, alts);
        if (altIdxToTake !== void 0) {
          const chosenAlternative = alts[altIdxToTake];
          return chosenAlternative.ALT.call(this);
        }
        this.raiseNoAltException(occurrence, altsOrOpts.ERR_MSG);
      }
      ruleFinallyStateUpdate() {
        this.RULE_STACK_IDX--;
        this.RULE_OCCURRENCE_STACK_IDX--;
        if (this.RULE_STACK_IDX >= 0) {
          this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
        }
        this.cstFinallyStateUpdate();
      }
      subruleInternal(ruleToCall, idx, options) {
        let ruleResult;
        try {
          const args = options !== void 0 ? options.ARGS : void 0;
          this.subruleIdx = idx;
          ruleResult = ruleToCall.coreRule.apply(this, args);
          this.cstPostNonTerminal(ruleResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleToCall.ruleName);
          return ruleResult;
        } catch (e) {
          throw this.subruleInternalError(e, options, ruleToCall.ruleName);
        }
      }
      subruleInternalError(e, options, ruleName2) {
        if (isRecognitionException(e) && e.partialCstResult !== void 0) {
          this.cstPostNonTerminal(e.partialCstResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleName2);
          delete e.partialCstResult;
        }
        throw e;
      }
      consumeInternal(tokType, idx, options) {
        let consumedToken;
        try {
          const nextToken = this.LA_FAST(1);
          if (this.tokenMatcher(nextToken, tokType) === true) {
            this.consumeToken();
            consumedToken = nextToken;
          } else {
            this.consumeInternalError(tokType, nextToken, options);
          }
        } catch (eFromConsumption) {
          consumedToken = this.consumeInternalRecovery(tokType, idx, eFromConsumption);
        }
        this.cstPostTerminal(options !== void 0 && options.LABEL !== void 0 ? options.LABEL : tokType.name, consumedToken);
        return consumedToken;
      }
      consumeInternalError(tokType, nextToken, options) {
        let msg;
        const previousToken = this.LA(0);
        if (options !== void 0 && options.ERR_MSG) {
          msg = options.ERR_MSG;
        } else {
          msg = this.errorMessageProvider.buildMismatchTokenMessage({
            expected: tokType,
            actual: nextToken,
            previous: previousToken,
            ruleName: this.getCurrRuleFullName()
          });
        }
        throw this.SAVE_ERROR(new MismatchedTokenException(msg, nextToken, previousToken));
      }
      consumeInternalRecovery(tokType, idx, eFromConsumption) {
        if (this.recoveryEnabled && // TODO: more robust checking of the exception type. Perhaps Typescript extending expressions?
        eFromConsumption.name === "MismatchedTokenException" && !this.isBackTracking()) {
          const follows = this.getFollowsForInRuleRecovery(tokType, idx);
          try {
            return this.tryInRuleRecovery(tokType, follows);
          } catch (eFromInRuleRecovery) {
            if (eFromInRuleRecovery.name === IN_RULE_RECOVERY_EXCEPTION) {
              throw eFromConsumption;
            } else {
              throw eFromInRuleRecovery;
            }
          }
        } else {
          throw eFromConsumption;
        }
      }
      saveRecogState() {
        const savedErrors = this.errors;
        const savedRuleStack = this.RULE_STACK.slice(0, this.RULE_STACK_IDX + 1);
        return {
          errors: savedErrors,
          lexerState: this.exportLexerState(),
          RULE_STACK: savedRuleStack,
          CST_STACK: this.CST_STACK
        };
      }
      reloadRecogState(newState) {
        this.errors = newState.errors;
        this.importLexerState(newState.lexerState);
        const saved = newState.RULE_STACK;
        for (let i = 0; i < saved.length; i++) {
          this.RULE_STACK[i] = saved[i];
        }
        this.RULE_STACK_IDX = saved.length - 1;
        if (this.RULE_STACK_IDX >= 0) {
          this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
        }
      }
      ruleInvocationStateUpdate(shortName, fullName, idxInCallingRule) {
        this.RULE_OCCURRENCE_STACK[++this.RULE_OCCURRENCE_STACK_IDX] = idxInCallingRule;
        this.RULE_STACK[++this.RULE_STACK_IDX] = shortName;
        this.currRuleShortName = shortName;
        this.cstInvocationStateUpdate(fullName);
      }
      isBackTracking() {
        return this.isBackTrackingStack.length !== 0;
      }
      getCurrRuleFullName() {
        const shortName = this.currRuleShortName;
        return this.shortRuleNameToFull[shortName];
      }
      shortRuleNameToFullName(shortName) {
        return this.shortRuleNameToFull[shortName];
      }
      isAtEndOfInput() {
        return this.tokenMatcher(this.LA(1), EOF);
      }
      reset() {
        this.resetLexerState();
        this.subruleIdx = 0;
        this.currRuleShortName = 0;
        this.isBackTrackingStack = [];
        this.errors = [];
        this.RULE_STACK_IDX = -1;
        this.RULE_OCCURRENCE_STACK_IDX = -1;
        this.CST_STACK = [];
      }
      /**
       * Hook called before the root-level parsing rule is invoked.
       * This is only called when a rule is invoked directly by the consumer
       * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
       *
       * Override this method to perform actions before parsing begins.
       * The default implementation is a no-op.
       *
       * @param ruleName - The name of the root rule being invoked.
       */
      onBeforeParse(ruleName2) {
        for (let i = 0; i < this.maxLookahead + 1; i++) {
          this.tokVector.push(END_OF_FILE);
        }
      }
      /**
       * Hook called after the root-level parsing rule has completed (or thrown).
       * This is only called when a rule is invoked directly by the consumer
       * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
       *
       * This hook is called in a `finally` block, so it executes regardless of
       * whether parsing succeeded or threw an error.
       *
       * Override this method to perform actions after parsing completes.
       * The default implementation is a no-op.
       *
       * @param ruleName - The name of the root rule that was invoked.
       */
      onAfterParse(ruleName2) {
        if (this.isAtEndOfInput() === false) {
          const firstRedundantTok = this.LA(1);
          const errMsg = this.errorMessageProvider.buildNotAllInputParsedMessage({
            firstRedundant: firstRedundantTok,
            ruleName: this.getCurrRuleFullName()
          });
          this.SAVE_ERROR(new NotAllInputParsedException(errMsg, firstRedundantTok));
        }
        while (this.tokVector.at(-1) === END_OF_FILE) {
          this.tokVector.pop();
        }
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/error_handler.js
var ErrorHandler;
var init_error_handler = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/error_handler.js"() {
    init_exceptions_public();
    init_lodash();
    init_lookahead();
    init_parser();
    ErrorHandler = class {
      initErrorHandler(config) {
        this._errors = [];
        this.errorMessageProvider = has_default(config, "errorMessageProvider") ? config.errorMessageProvider : DEFAULT_PARSER_CONFIG.errorMessageProvider;
      }
      SAVE_ERROR(error) {
        if (isRecognitionException(error)) {
          error.context = {
            ruleStack: this.getHumanReadableRuleStack(),
            ruleOccurrenceStack: this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1)
          };
          this._errors.push(error);
          return error;
        } else {
          throw Error("Trying to save an Error which is not a RecognitionException");
        }
      }
      get errors() {
        return clone_default(this._errors);
      }
      set errors(newErrors) {
        this._errors = newErrors;
      }
      // TODO: consider caching the error message computed information
      raiseEarlyExitException(occurrence, prodType, userDefinedErrMsg) {
        const ruleName2 = this.getCurrRuleFullName();
        const ruleGrammar = this.getGAstProductions()[ruleName2];
        const lookAheadPathsPerAlternative = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, this.maxLookahead);
        const insideProdPaths = lookAheadPathsPerAlternative[0];
        const actualTokens = [];
        for (let i = 1; i <= this.maxLookahead; i++) {
          actualTokens.push(this.LA(i));
        }
        const msg = this.errorMessageProvider.buildEarlyExitMessage({
          expectedIterationPaths: insideProdPaths,
          actual: actualTokens,
          previous: this.LA(0),
          customUserDescription: userDefinedErrMsg,
          ruleName: ruleName2
        });
        throw this.SAVE_ERROR(new EarlyExitException(msg, this.LA(1), this.LA(0)));
      }
      // TODO: consider caching the error message computed information
      raiseNoAltException(occurrence, errMsgTypes) {
        const ruleName2 = this.getCurrRuleFullName();
        const ruleGrammar = this.getGAstProductions()[ruleName2];
        const lookAheadPathsPerAlternative = getLookaheadPathsForOr(occurrence, ruleGrammar, this.maxLookahead);
        const actualTokens = [];
        for (let i = 1; i <= this.maxLookahead; i++) {
          actualTokens.push(this.LA(i));
        }
        const previousToken = this.LA(0);
        const errMsg = this.errorMessageProvider.buildNoViableAltMessage({
          expectedPathsPerAlt: lookAheadPathsPerAlternative,
          actual: actualTokens,
          previous: previousToken,
          customUserDescription: errMsgTypes,
          ruleName: this.getCurrRuleFullName()
        });
        throw this.SAVE_ERROR(new NoViableAltException(errMsg, this.LA(1), previousToken));
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/context_assist.js
var ContentAssist;
var init_context_assist = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/context_assist.js"() {
    init_interpreter();
    init_lodash();
    ContentAssist = class {
      initContentAssist() {
      }
      computeContentAssist(startRuleName, precedingInput) {
        const startRuleGast = this.gastProductionsCache[startRuleName];
        if (isUndefined_default(startRuleGast)) {
          throw Error(`Rule ->${startRuleName}<- does not exist in this grammar.`);
        }
        return nextPossibleTokensAfter([startRuleGast], precedingInput, this.tokenMatcher, this.maxLookahead);
      }
      // TODO: should this be a member method or a utility? it does not have any state or usage of 'this'...
      // TODO: should this be more explicitly part of the public API?
      getNextPossibleTokenTypes(grammarPath) {
        const topRuleName = head_default(grammarPath.ruleStack);
        const gastProductions = this.getGAstProductions();
        const topProduction = gastProductions[topRuleName];
        const nextPossibleTokenTypes = new NextAfterTokenWalker(topProduction, grammarPath).startWalking();
        return nextPossibleTokenTypes;
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/gast_recorder.js
function recordProd(prodConstructor, mainProdArg, occurrence, handleSep = false) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const grammarAction = isFunction_default(mainProdArg) ? mainProdArg : mainProdArg.DEF;
  const newProd = new prodConstructor({ definition: [], idx: occurrence });
  if (handleSep) {
    newProd.separator = mainProdArg.SEP;
  }
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  this.recordingProdStack.push(newProd);
  grammarAction.call(this);
  prevProd.definition.push(newProd);
  this.recordingProdStack.pop();
  return RECORDING_NULL_OBJECT;
}
function recordOrProd(mainProdArg, occurrence) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const hasOptions = isArray_default(mainProdArg) === false;
  const alts = hasOptions === false ? mainProdArg : mainProdArg.DEF;
  const newOrProd = new Alternation({
    definition: [],
    idx: occurrence,
    ignoreAmbiguities: hasOptions && mainProdArg.IGNORE_AMBIGUITIES === true
  });
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newOrProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  const hasPredicates = some_default(alts, (currAlt) => isFunction_default(currAlt.GATE));
  newOrProd.hasPredicates = hasPredicates;
  prevProd.definition.push(newOrProd);
  forEach_default(alts, (currAlt) => {
    const currAltFlat = new Alternative({ definition: [] });
    newOrProd.definition.push(currAltFlat);
    if (has_default(currAlt, "IGNORE_AMBIGUITIES")) {
      currAltFlat.ignoreAmbiguities = currAlt.IGNORE_AMBIGUITIES;
    } else if (has_default(currAlt, "GATE")) {
      currAltFlat.ignoreAmbiguities = true;
    }
    this.recordingProdStack.push(currAltFlat);
    currAlt.ALT.call(this);
    this.recordingProdStack.pop();
  });
  return RECORDING_NULL_OBJECT;
}
function getIdxSuffix(idx) {
  return idx === 0 ? "" : `${idx}`;
}
function assertMethodIdxIsValid(idx) {
  if (idx < 0 || idx > MAX_METHOD_IDX) {
    const error = new Error(
      // The stack trace will contain all the needed details
      `Invalid DSL Method idx value: <${idx}>
	Idx value must be a none negative value smaller than ${MAX_METHOD_IDX + 1}`
    );
    error.KNOWN_RECORDER_ERROR = true;
    throw error;
  }
}
var RECORDING_NULL_OBJECT, HANDLE_SEPARATOR, MAX_METHOD_IDX, RFT, RECORDING_PHASE_TOKEN, RECORDING_PHASE_CSTNODE, GastRecorder;
var init_gast_recorder = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/gast_recorder.js"() {
    init_lodash();
    init_api2();
    init_lexer_public();
    init_tokens();
    init_tokens_public();
    init_parser();
    init_keys2();
    RECORDING_NULL_OBJECT = {
      description: "This Object indicates the Parser is during Recording Phase"
    };
    Object.freeze(RECORDING_NULL_OBJECT);
    HANDLE_SEPARATOR = true;
    MAX_METHOD_IDX = Math.pow(2, BITS_FOR_OCCURRENCE_IDX) - 1;
    RFT = createToken({ name: "RECORDING_PHASE_TOKEN", pattern: Lexer.NA });
    augmentTokenTypes([RFT]);
    RECORDING_PHASE_TOKEN = createTokenInstance(
      RFT,
      "This IToken indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
      // Using "-1" instead of NaN (as in EOF) because an actual number is less likely to
      // cause errors if the output of LA or CONSUME would be (incorrectly) used during the recording phase.
      -1,
      -1,
      -1,
      -1,
      -1,
      -1
    );
    Object.freeze(RECORDING_PHASE_TOKEN);
    RECORDING_PHASE_CSTNODE = {
      name: "This CSTNode indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
      children: {}
    };
    GastRecorder = class {
      initGastRecorder(config) {
        this.recordingProdStack = [];
        this.RECORDING_PHASE = false;
      }
      enableRecording() {
        this.RECORDING_PHASE = true;
        this.TRACE_INIT("Enable Recording", () => {
          for (let i = 0; i < 10; i++) {
            const idx = i > 0 ? i : "";
            this[`CONSUME${idx}`] = function(arg1, arg2) {
              return this.consumeInternalRecord(arg1, i, arg2);
            };
            this[`SUBRULE${idx}`] = function(arg1, arg2) {
              return this.subruleInternalRecord(arg1, i, arg2);
            };
            this[`OPTION${idx}`] = function(arg1) {
              return this.optionInternalRecord(arg1, i);
            };
            this[`OR${idx}`] = function(arg1) {
              return this.orInternalRecord(arg1, i);
            };
            this[`MANY${idx}`] = function(arg1) {
              this.manyInternalRecord(i, arg1);
            };
            this[`MANY_SEP${idx}`] = function(arg1) {
              this.manySepFirstInternalRecord(i, arg1);
            };
            this[`AT_LEAST_ONE${idx}`] = function(arg1) {
              this.atLeastOneInternalRecord(i, arg1);
            };
            this[`AT_LEAST_ONE_SEP${idx}`] = function(arg1) {
              this.atLeastOneSepFirstInternalRecord(i, arg1);
            };
          }
          this[`consume`] = function(idx, arg1, arg2) {
            return this.consumeInternalRecord(arg1, idx, arg2);
          };
          this[`subrule`] = function(idx, arg1, arg2) {
            return this.subruleInternalRecord(arg1, idx, arg2);
          };
          this[`option`] = function(idx, arg1) {
            return this.optionInternalRecord(arg1, idx);
          };
          this[`or`] = function(idx, arg1) {
            return this.orInternalRecord(arg1, idx);
          };
          this[`many`] = function(idx, arg1) {
            this.manyInternalRecord(idx, arg1);
          };
          this[`atLeastOne`] = function(idx, arg1) {
            this.atLeastOneInternalRecord(idx, arg1);
          };
          this.ACTION = this.ACTION_RECORD;
          this.BACKTRACK = this.BACKTRACK_RECORD;
          this.LA = this.LA_RECORD;
        });
      }
      disableRecording() {
        this.RECORDING_PHASE = false;
        this.TRACE_INIT("Deleting Recording methods", () => {
          const that = this;
          for (let i = 0; i < 10; i++) {
            const idx = i > 0 ? i : "";
            delete that[`CONSUME${idx}`];
            delete that[`SUBRULE${idx}`];
            delete that[`OPTION${idx}`];
            delete that[`OR${idx}`];
            delete that[`MANY${idx}`];
            delete that[`MANY_SEP${idx}`];
            delete that[`AT_LEAST_ONE${idx}`];
            delete that[`AT_LEAST_ONE_SEP${idx}`];
          }
          delete that[`consume`];
          delete that[`subrule`];
          delete that[`option`];
          delete that[`or`];
          delete that[`many`];
          delete that[`atLeastOne`];
          delete that.ACTION;
          delete that.BACKTRACK;
          delete that.LA;
        });
      }
      //   Parser methods are called inside an ACTION?
      //   Maybe try/catch/finally on ACTIONS while disabling the recorders state changes?
      // @ts-expect-error -- noop place holder
      ACTION_RECORD(impl) {
      }
      // Executing backtracking logic will break our recording logic assumptions
      BACKTRACK_RECORD(grammarRule, args) {
        return () => true;
      }
      // LA is part of the official API and may be used for custom lookahead logic
      // by end users who may forget to wrap it in ACTION or inside a GATE
      LA_RECORD(howMuch) {
        return END_OF_FILE;
      }
      topLevelRuleRecord(name, def) {
        try {
          const newTopLevelRule = new Rule({ definition: [], name });
          newTopLevelRule.name = name;
          this.recordingProdStack.push(newTopLevelRule);
          def.call(this);
          this.recordingProdStack.pop();
          return newTopLevelRule;
        } catch (originalError) {
          if (originalError.KNOWN_RECORDER_ERROR !== true) {
            try {
              originalError.message = originalError.message + '\n	 This error was thrown during the "grammar recording phase" For more info see:\n	https://chevrotain.io/docs/guide/internals.html#grammar-recording';
            } catch (mutabilityError) {
              throw originalError;
            }
          }
          throw originalError;
        }
      }
      // Implementation of parsing DSL
      optionInternalRecord(actionORMethodDef, occurrence) {
        return recordProd.call(this, Option2, actionORMethodDef, occurrence);
      }
      atLeastOneInternalRecord(occurrence, actionORMethodDef) {
        recordProd.call(this, RepetitionMandatory, actionORMethodDef, occurrence);
      }
      atLeastOneSepFirstInternalRecord(occurrence, options) {
        recordProd.call(this, RepetitionMandatoryWithSeparator, options, occurrence, HANDLE_SEPARATOR);
      }
      manyInternalRecord(occurrence, actionORMethodDef) {
        recordProd.call(this, Repetition, actionORMethodDef, occurrence);
      }
      manySepFirstInternalRecord(occurrence, options) {
        recordProd.call(this, RepetitionWithSeparator, options, occurrence, HANDLE_SEPARATOR);
      }
      orInternalRecord(altsOrOpts, occurrence) {
        return recordOrProd.call(this, altsOrOpts, occurrence);
      }
      subruleInternalRecord(ruleToCall, occurrence, options) {
        assertMethodIdxIsValid(occurrence);
        if (!ruleToCall || has_default(ruleToCall, "ruleName") === false) {
          const error = new Error(`<SUBRULE${getIdxSuffix(occurrence)}> argument is invalid expecting a Parser method reference but got: <${JSON.stringify(ruleToCall)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
          error.KNOWN_RECORDER_ERROR = true;
          throw error;
        }
        const prevProd = last_default(this.recordingProdStack);
        const ruleName2 = ruleToCall.ruleName;
        const newNoneTerminal = new NonTerminal({
          idx: occurrence,
          nonTerminalName: ruleName2,
          label: options === null || options === void 0 ? void 0 : options.LABEL,
          // The resolving of the `referencedRule` property will be done once all the Rule's GASTs have been created
          referencedRule: void 0
        });
        prevProd.definition.push(newNoneTerminal);
        return this.outputCst ? RECORDING_PHASE_CSTNODE : RECORDING_NULL_OBJECT;
      }
      consumeInternalRecord(tokType, occurrence, options) {
        assertMethodIdxIsValid(occurrence);
        if (!hasShortKeyProperty(tokType)) {
          const error = new Error(`<CONSUME${getIdxSuffix(occurrence)}> argument is invalid expecting a TokenType reference but got: <${JSON.stringify(tokType)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
          error.KNOWN_RECORDER_ERROR = true;
          throw error;
        }
        const prevProd = last_default(this.recordingProdStack);
        const newNoneTerminal = new Terminal({
          idx: occurrence,
          terminalType: tokType,
          label: options === null || options === void 0 ? void 0 : options.LABEL
        });
        prevProd.definition.push(newNoneTerminal);
        return RECORDING_PHASE_TOKEN;
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/traits/perf_tracer.js
var PerformanceTracer;
var init_perf_tracer = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/traits/perf_tracer.js"() {
    init_lodash();
    init_api();
    init_parser();
    PerformanceTracer = class {
      initPerformanceTracer(config) {
        if (has_default(config, "traceInitPerf")) {
          const userTraceInitPerf = config.traceInitPerf;
          const traceIsNumber = typeof userTraceInitPerf === "number";
          this.traceInitMaxIdent = traceIsNumber ? userTraceInitPerf : Infinity;
          this.traceInitPerf = traceIsNumber ? userTraceInitPerf > 0 : userTraceInitPerf;
        } else {
          this.traceInitMaxIdent = 0;
          this.traceInitPerf = DEFAULT_PARSER_CONFIG.traceInitPerf;
        }
        this.traceInitIndent = -1;
      }
      TRACE_INIT(phaseDesc, phaseImpl) {
        if (this.traceInitPerf === true) {
          this.traceInitIndent++;
          const indent = new Array(this.traceInitIndent + 1).join("	");
          if (this.traceInitIndent < this.traceInitMaxIdent) {
            console.log(`${indent}--> <${phaseDesc}>`);
          }
          const { time, value } = timer(phaseImpl);
          const traceMethod = time > 10 ? console.warn : console.log;
          if (this.traceInitIndent < this.traceInitMaxIdent) {
            traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
          }
          this.traceInitIndent--;
          return value;
        } else {
          return phaseImpl();
        }
      }
    };
  }
});

// node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js
function applyMixins(derivedCtor, baseCtors) {
  baseCtors.forEach((baseCtor) => {
    const baseProto = baseCtor.prototype;
    Object.getOwnPropertyNames(baseProto).forEach((propName) => {
      if (propName === "constructor") {
        return;
      }
      const basePropDescriptor = Object.getOwnPropertyDescriptor(baseProto, propName);
      if (basePropDescriptor && (basePropDescriptor.get || basePropDescriptor.set)) {
        Object.defineProperty(derivedCtor.prototype, propName, basePropDescriptor);
      } else {
        derivedCtor.prototype[propName] = baseCtor.prototype[propName];
      }
    });
  });
}
var init_apply_mixins = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js"() {
  }
});

// node_modules/chevrotain/lib/src/parse/parser/parser.js
var END_OF_FILE, DEFAULT_PARSER_CONFIG, DEFAULT_RULE_CONFIG, ParserDefinitionErrorType, Parser, CstParser;
var init_parser = __esm({
  "node_modules/chevrotain/lib/src/parse/parser/parser.js"() {
    init_lodash();
    init_api();
    init_follow();
    init_tokens_public();
    init_errors_public();
    init_gast_resolver_public();
    init_recoverable();
    init_looksahead();
    init_tree_builder();
    init_lexer_adapter();
    init_recognizer_api();
    init_recognizer_engine();
    init_error_handler();
    init_context_assist();
    init_gast_recorder();
    init_perf_tracer();
    init_apply_mixins();
    init_checks();
    END_OF_FILE = createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN);
    Object.freeze(END_OF_FILE);
    DEFAULT_PARSER_CONFIG = Object.freeze({
      recoveryEnabled: false,
      maxLookahead: 3,
      dynamicTokensEnabled: false,
      outputCst: true,
      errorMessageProvider: defaultParserErrorProvider,
      nodeLocationTracking: "none",
      traceInitPerf: false,
      skipValidations: false
    });
    DEFAULT_RULE_CONFIG = Object.freeze({
      recoveryValueFunc: () => void 0,
      resyncEnabled: true
    });
    (function(ParserDefinitionErrorType2) {
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_NAME"] = 0] = "INVALID_RULE_NAME";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_RULE_NAME"] = 1] = "DUPLICATE_RULE_NAME";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_OVERRIDE"] = 2] = "INVALID_RULE_OVERRIDE";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_PRODUCTIONS"] = 3] = "DUPLICATE_PRODUCTIONS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["UNRESOLVED_SUBRULE_REF"] = 4] = "UNRESOLVED_SUBRULE_REF";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["LEFT_RECURSION"] = 5] = "LEFT_RECURSION";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["NONE_LAST_EMPTY_ALT"] = 6] = "NONE_LAST_EMPTY_ALT";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_ALTS"] = 7] = "AMBIGUOUS_ALTS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["CONFLICT_TOKENS_RULES_NAMESPACE"] = 8] = "CONFLICT_TOKENS_RULES_NAMESPACE";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_TOKEN_NAME"] = 9] = "INVALID_TOKEN_NAME";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["NO_NON_EMPTY_LOOKAHEAD"] = 10] = "NO_NON_EMPTY_LOOKAHEAD";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_PREFIX_ALTS"] = 11] = "AMBIGUOUS_PREFIX_ALTS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["TOO_MANY_ALTS"] = 12] = "TOO_MANY_ALTS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["CUSTOM_LOOKAHEAD_VALIDATION"] = 13] = "CUSTOM_LOOKAHEAD_VALIDATION";
    })(ParserDefinitionErrorType || (ParserDefinitionErrorType = {}));
    Parser = class _Parser {
      /**
       *  @deprecated use the **instance** method with the same name instead
       */
      static performSelfAnalysis(parserInstance) {
        throw Error("The **static** `performSelfAnalysis` method has been deprecated.	\nUse the **instance** method with the same name instead.");
      }
      performSelfAnalysis() {
        this.TRACE_INIT("performSelfAnalysis", () => {
          let defErrorsMsgs;
          this.selfAnalysisDone = true;
          const className = this.className;
          this.TRACE_INIT("toFastProps", () => {
            toFastProperties(this);
          });
          this.TRACE_INIT("Grammar Recording", () => {
            try {
              this.enableRecording();
              forEach_default(this.definedRulesNames, (currRuleName) => {
                const wrappedRule = this[currRuleName];
                const originalGrammarAction = wrappedRule["originalGrammarAction"];
                let recordedRuleGast;
                this.TRACE_INIT(`${currRuleName} Rule`, () => {
                  recordedRuleGast = this.topLevelRuleRecord(currRuleName, originalGrammarAction);
                });
                this.gastProductionsCache[currRuleName] = recordedRuleGast;
              });
            } finally {
              this.disableRecording();
            }
          });
          let resolverErrors = [];
          this.TRACE_INIT("Grammar Resolving", () => {
            resolverErrors = resolveGrammar2({
              rules: values_default(this.gastProductionsCache)
            });
            this.definitionErrors = this.definitionErrors.concat(resolverErrors);
          });
          this.TRACE_INIT("Grammar Validations", () => {
            if (isEmpty_default(resolverErrors) && this.skipValidations === false) {
              const validationErrors = validateGrammar2({
                rules: values_default(this.gastProductionsCache),
                tokenTypes: values_default(this.tokensMap),
                errMsgProvider: defaultGrammarValidatorErrorProvider,
                grammarName: className
              });
              const lookaheadValidationErrors = validateLookahead({
                lookaheadStrategy: this.lookaheadStrategy,
                rules: values_default(this.gastProductionsCache),
                tokenTypes: values_default(this.tokensMap),
                grammarName: className
              });
              this.definitionErrors = this.definitionErrors.concat(validationErrors, lookaheadValidationErrors);
            }
          });
          if (isEmpty_default(this.definitionErrors)) {
            if (this.recoveryEnabled) {
              this.TRACE_INIT("computeAllProdsFollows", () => {
                const allFollows = computeAllProdsFollows(values_default(this.gastProductionsCache));
                this.resyncFollows = allFollows;
              });
            }
            this.TRACE_INIT("ComputeLookaheadFunctions", () => {
              var _a, _b;
              (_b = (_a = this.lookaheadStrategy).initialize) === null || _b === void 0 ? void 0 : _b.call(_a, {
                rules: values_default(this.gastProductionsCache)
              });
              this.preComputeLookaheadFunctions(values_default(this.gastProductionsCache));
            });
          }
          if (!_Parser.DEFER_DEFINITION_ERRORS_HANDLING && !isEmpty_default(this.definitionErrors)) {
            defErrorsMsgs = map_default(this.definitionErrors, (defError) => defError.message);
            throw new Error(`Parser Definition Errors detected:
 ${defErrorsMsgs.join("\n-------------------------------\n")}`);
          }
        });
      }
      constructor(tokenVocabulary, config) {
        this.definitionErrors = [];
        this.selfAnalysisDone = false;
        const that = this;
        that.initErrorHandler(config);
        that.initLexerAdapter();
        that.initLooksAhead(config);
        that.initRecognizerEngine(tokenVocabulary, config);
        that.initRecoverable(config);
        that.initTreeBuilder(config);
        that.initContentAssist();
        that.initGastRecorder(config);
        that.initPerformanceTracer(config);
        if (has_default(config, "ignoredIssues")) {
          throw new Error("The <ignoredIssues> IParserConfig property has been deprecated.\n	Please use the <IGNORE_AMBIGUITIES> flag on the relevant DSL method instead.\n	See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#IGNORING_AMBIGUITIES\n	For further details.");
        }
        this.skipValidations = has_default(config, "skipValidations") ? config.skipValidations : DEFAULT_PARSER_CONFIG.skipValidations;
      }
    };
    Parser.DEFER_DEFINITION_ERRORS_HANDLING = false;
    applyMixins(Parser, [
      Recoverable,
      LooksAhead,
      TreeBuilder,
      LexerAdapter,
      RecognizerEngine,
      RecognizerApi,
      ErrorHandler,
      ContentAssist,
      GastRecorder,
      PerformanceTracer
    ]);
    CstParser = class extends Parser {
      constructor(tokenVocabulary, config = DEFAULT_PARSER_CONFIG) {
        const configClone = clone_default(config);
        configClone.outputCst = true;
        super(tokenVocabulary, configClone);
      }
    };
  }
});

// node_modules/@chevrotain/cst-dts-gen/lib/src/model.js
var init_model2 = __esm({
  "node_modules/@chevrotain/cst-dts-gen/lib/src/model.js"() {
    init_api2();
  }
});

// node_modules/@chevrotain/cst-dts-gen/lib/src/generate.js
var init_generate = __esm({
  "node_modules/@chevrotain/cst-dts-gen/lib/src/generate.js"() {
  }
});

// node_modules/@chevrotain/cst-dts-gen/lib/src/api.js
var init_api4 = __esm({
  "node_modules/@chevrotain/cst-dts-gen/lib/src/api.js"() {
    init_model2();
    init_generate();
  }
});

// node_modules/chevrotain/lib/src/diagrams/render_public.js
var init_render_public = __esm({
  "node_modules/chevrotain/lib/src/diagrams/render_public.js"() {
    init_version();
  }
});

// node_modules/chevrotain/lib/src/api.js
var init_api5 = __esm({
  "node_modules/chevrotain/lib/src/api.js"() {
    init_version();
    init_parser();
    init_lexer_public();
    init_tokens_public();
    init_lookahead();
    init_llk_lookahead();
    init_errors_public();
    init_exceptions_public();
    init_lexer_errors_public();
    init_api2();
    init_api2();
    init_api4();
    init_render_public();
  }
});

// src/dialects/nginx/tokens.ts
function matchBareWord(text, offset) {
  const length = text.length;
  let index = offset;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 92) {
      index += 2;
    } else if (code === 36 && text.charCodeAt(index + 1) === 123) {
      index += 2;
    } else if (isWordEnd(code) || index === offset && isNotWordStart(code)) {
      break;
    } else {
      index++;
    }
  }
  const end = Math.min(index, length);
  return end === offset ? null : [text.slice(offset, end)];
}
function isWordEnd(code) {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 59 || code === 123;
}
function isNotWordStart(code) {
  return code === 125 || code === 34 || code === 39 || code === 35;
}
function bareWordStartChars() {
  const chars = [];
  for (let code = 0; code < 256; code++) if (!isWordEnd(code) && !isNotWordStart(code)) chars.push(code);
  for (let code = 256; code < 65536; code += 255) chars.push(code);
  chars.push(65535);
  return chars;
}
function openingDirectiveName(tokens) {
  let index = tokens.length - 1;
  while (index >= 0 && tokenMatcher(tokens[index], Word)) index--;
  return index === tokens.length - 1 ? void 0 : tokens[index + 1];
}
function unquoteName(image) {
  const first2 = image[0];
  return (first2 === '"' || first2 === "'") && image.endsWith(first2) ? image.slice(1, -1) : image;
}
function skipLongBracket(text, start) {
  let level = 0;
  let index = start + 1;
  while (text[index] === "=") {
    level++;
    index++;
  }
  if (text[index] !== "[") return -1;
  const close = "]" + "=".repeat(level) + "]";
  const end = text.indexOf(close, index + 1);
  return end === -1 ? text.length : end + close.length;
}
function skipLuaString(text, start) {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    const ch = text[index];
    if (ch === "\\") index += 2;
    else if (ch === quote || ch === "\n") return index + 1;
    else index++;
  }
  return text.length;
}
function skipLuaComment(text, start) {
  if (text[start + 2] === "[") {
    const end = skipLongBracket(text, start + 2);
    if (end !== -1) return end;
  }
  const newline = text.indexOf("\n", start);
  return newline === -1 ? text.length : newline;
}
function scanLuaBlock(text, start) {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const ch = text[index];
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return index + 1;
    if (ch === '"' || ch === "'") index = skipLuaString(text, index);
    else if (ch === "-" && text[index + 1] === "-") index = skipLuaComment(text, index);
    else if (ch === "[" && (text[index + 1] === "[" || text[index + 1] === "=")) {
      const end = skipLongBracket(text, index);
      index = end === -1 ? index + 1 : end;
    } else index++;
  }
  return -1;
}
function matchLuaBlock(text, offset, tokens) {
  if (text.charCodeAt(offset) !== 123) return null;
  const name = openingDirectiveName(tokens);
  if (!name || !unquoteName(name.image).endsWith(RAW_BLOCK_SUFFIX)) return null;
  const end = scanLuaBlock(text, offset);
  const match = [text.slice(offset, end === -1 ? text.length : end)];
  match.payload = { closed: end !== -1 };
  return match;
}
function createNginxLexer({ validate = false } = {}) {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: "onlyOffset" });
}
var RAW_BLOCK_SUFFIX, Whitespace, Comment, LBrace, RBrace, Semicolon, Word, DoubleQuoted, SingleQuoted, UnterminatedQuoted, BareWord, LuaBlock, allTokens, nginxLexer;
var init_tokens2 = __esm({
  "src/dialects/nginx/tokens.ts"() {
    "use strict";
    init_api5();
    RAW_BLOCK_SUFFIX = "_by_lua_block";
    Whitespace = createToken({
      name: "Whitespace",
      pattern: /[ \t\r\n]+/,
      group: Lexer.SKIPPED,
      line_breaks: true
    });
    Comment = createToken({ name: "Comment", pattern: /#[^\r\n]*/, group: "comments" });
    LBrace = createToken({ name: "LBrace", pattern: "{" });
    RBrace = createToken({ name: "RBrace", pattern: "}" });
    Semicolon = createToken({ name: "Semicolon", pattern: ";" });
    Word = createToken({ name: "Word", pattern: Lexer.NA });
    DoubleQuoted = createToken({
      name: "DoubleQuoted",
      pattern: /"(?:[^"\\]|\\[\s\S])*"/,
      categories: [Word],
      line_breaks: true
    });
    SingleQuoted = createToken({
      name: "SingleQuoted",
      pattern: /'(?:[^'\\]|\\[\s\S])*'/,
      categories: [Word],
      line_breaks: true
    });
    UnterminatedQuoted = createToken({
      name: "UnterminatedQuoted",
      pattern: /["'](?:[^\r\n\\]|\\[^\r\n])*/,
      categories: [Word]
    });
    BareWord = createToken({
      name: "BareWord",
      pattern: { exec: matchBareWord },
      categories: [Word],
      line_breaks: true,
      start_chars_hint: bareWordStartChars()
    });
    LuaBlock = createToken({
      name: "LuaBlock",
      pattern: { exec: matchLuaBlock },
      line_breaks: true,
      start_chars_hint: ["{"]
    });
    allTokens = [
      Whitespace,
      Comment,
      LuaBlock,
      LBrace,
      RBrace,
      Semicolon,
      DoubleQuoted,
      SingleQuoted,
      UnterminatedQuoted,
      BareWord,
      Word
    ];
    nginxLexer = createNginxLexer();
  }
});

// src/dialects/nginx/parser.ts
var NginxParser, nginxParser;
var init_parser2 = __esm({
  "src/dialects/nginx/parser.ts"() {
    "use strict";
    init_api5();
    init_tokens2();
    NginxParser = class extends CstParser {
      /**
       * `validate` runs chevrotain's grammar checks (ambiguities, left recursion). They cost a run's start
       * time and the grammar does not change at run time, so the shared parser skips them and the tests
       * build one with them on. CST nodes carry no locations: ranges come from tokens.
       */
      constructor({ validate = false } = {}) {
        super(allTokens, { recoveryEnabled: true, nodeLocationTracking: "none", skipValidations: !validate });
        this.performSelfAnalysis();
      }
      // nginx: src/core/ngx_conf_file.c ngx_conf_parse reads directives until the end of the file;
      // a `}` there is an error (`unexpected "}"`), kept here as `strayRBrace`.
      config = this.RULE("config", () => {
        this.MANY(() => {
          this.OR([
            { ALT: () => this.SUBRULE(this.directive) },
            { ALT: () => this.CONSUME(Semicolon, { LABEL: "straySemicolon" }) },
            { ALT: () => this.SUBRULE(this.block, { LABEL: "strayBlock" }) },
            { ALT: () => this.CONSUME(RBrace, { LABEL: "strayRBrace" }) }
          ]);
        });
      });
      // nginx: ngx_conf_read_token returns NGX_OK at `;`, NGX_CONF_BLOCK_START at `{`; the first word
      // is the name. Deviation: the terminator is optional so a missing `;` keeps the directive.
      directive = this.RULE("directive", () => {
        this.CONSUME(Word, { LABEL: "name" });
        this.MANY(() => this.CONSUME2(Word, { LABEL: "arg" }));
        this.OPTION(() => {
          this.OR([
            { ALT: () => this.CONSUME(Semicolon) },
            { ALT: () => this.SUBRULE(this.block) },
            { ALT: () => this.CONSUME(LuaBlock) }
          ]);
        });
      });
      // nginx: ngx_conf_parse recurses on NGX_CONF_BLOCK_START and returns on `}` (NGX_CONF_BLOCK_DONE).
      // Deviation: the closing `}` is optional so an unclosed block keeps its children.
      block = this.RULE("block", () => {
        this.CONSUME(LBrace);
        this.MANY(() => {
          this.OR([
            { ALT: () => this.SUBRULE2(this.directive) },
            { ALT: () => this.CONSUME2(Semicolon, { LABEL: "straySemicolon" }) },
            { ALT: () => this.SUBRULE2(this.block, { LABEL: "strayBlock" }) }
          ]);
        });
        this.OPTION(() => this.CONSUME3(RBrace));
      });
    };
    nginxParser = new NginxParser();
  }
});

// src/syntax/source.ts
function lineStartsOf(text) {
  let count = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts[line++] = index + 1;
  return starts;
}
var SourceText, Span, SourceArg, NONE, SourceDirective;
var init_source = __esm({
  "src/syntax/source.ts"() {
    "use strict";
    SourceText = class {
      constructor(file, text) {
        this.file = file;
        this.text = text;
        this.lineStarts = lineStartsOf(text);
      }
      file;
      text;
      lineStarts;
      /** The line and column of `offset` (clamped to the text). */
      positionAt(offset) {
        const starts = this.lineStarts;
        const at = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const middle = low + high + 1 >>> 1;
          if (starts[middle] <= at) low = middle;
          else high = middle - 1;
        }
        return { line: low + 1, column: at - starts[low] + 1, offset: at };
      }
      /** The range from `startOffset` to `endOffset` (exclusive). */
      span(startOffset, endOffset) {
        return new Span(this, startOffset, endOffset);
      }
    };
    Span = class {
      constructor(source, startOffset, endOffset) {
        this.source = source;
        this.startOffset = startOffset | 0;
        this.endOffset = endOffset | 0;
      }
      source;
      startOffset;
      endOffset;
      get file() {
        return this.source.file;
      }
      get start() {
        return this.source.positionAt(this.startOffset);
      }
      get end() {
        return this.source.positionAt(this.endOffset);
      }
      /** The plain `{ file, start, end }` shape, for JSON and for comparing with literal ranges. */
      toJSON() {
        return { file: this.file, start: this.start, end: this.end };
      }
    };
    SourceArg = class _SourceArg {
      constructor(value, raw, quoted, source, startOffset, endOffset) {
        this.value = value;
        this.raw = raw;
        this.quoted = quoted;
        this.source = source;
        this.startOffset = startOffset | 0;
        this.endOffset = endOffset | 0;
      }
      value;
      raw;
      quoted;
      source;
      startOffset;
      endOffset;
      get range() {
        return new Span(this.source, this.startOffset, this.endOffset);
      }
      /** The same argument without its first `head` and last `tail` characters of source. */
      shrunk(value, raw, head2, tail) {
        return new _SourceArg(value, raw, this.quoted, this.source, this.startOffset + head2, this.endOffset - tail);
      }
      toJSON() {
        return { value: this.value, raw: this.raw, quoted: this.quoted, range: this.range.toJSON() };
      }
    };
    NONE = -1;
    SourceDirective = class {
      constructor(name, args, source, startOffset, nameEndOffset) {
        this.name = name;
        this.args = args;
        this.source = source;
        this.startOffset = startOffset | 0;
        this.nameEndOffset = nameEndOffset | 0;
        this.endOffset = this.nameEndOffset;
      }
      name;
      args;
      source;
      children = void 0;
      rawBlock = void 0;
      included = void 0;
      recovered = void 0;
      startOffset;
      nameEndOffset;
      /** Just after the `{` of a block, or NONE. */
      headEndOffset = NONE;
      endOffset;
      get nameRange() {
        return new Span(this.source, this.startOffset, this.nameEndOffset);
      }
      /** From the first character of the name to the `;` or the closing `}`. */
      get range() {
        return new Span(this.source, this.startOffset, this.endOffset);
      }
      get headRange() {
        return this.headEndOffset === NONE ? void 0 : new Span(this.source, this.startOffset, this.headEndOffset);
      }
      /** Sets where the directive ends (exclusive). */
      endAt(offset) {
        this.endOffset = offset | 0;
      }
      /** Sets where the block's head ends: just after its `{`. */
      headEndsAt(offset) {
        this.headEndOffset = offset | 0;
      }
      toJSON() {
        const { name, args, children, rawBlock, included, recovered } = this;
        return { name, nameRange: this.nameRange, args, range: this.range, headRange: this.headRange, children, rawBlock, included, recovered };
      }
    };
  }
});

// src/dialects/nginx/to-ast.ts
function endOffsetOf(token) {
  return token.startOffset + token.image.length;
}
function unescapeNginx(text) {
  if (!text.includes("\\")) return text;
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const ch = text[index];
    const next = text[index + 1];
    if (ch !== "\\" || next === void 0) {
      out += ch;
    } else if (next === '"' || next === "'" || next === "\\") {
      out += next;
      index++;
    } else if (next === "t" || next === "r" || next === "n") {
      out += next === "t" ? "	" : next === "r" ? "\r" : "\n";
      index++;
    } else {
      out += ch;
    }
  }
  return out;
}
function quoteOf(token) {
  if (tokenMatcher(token, DoubleQuoted) || tokenMatcher(token, SingleQuoted) || tokenMatcher(token, UnterminatedQuoted)) {
    return token.image[0];
  }
  return null;
}
function innerText(token, quoted) {
  if (quoted === null) return token.image;
  return tokenMatcher(token, UnterminatedQuoted) ? token.image.slice(1) : token.image.slice(1, -1);
}
function excerpt(text) {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > MAX_QUOTED_TEXT ? `${oneLine.slice(0, MAX_QUOTED_TEXT - 1)}\u2026` : oneLine;
}
function stripIfParentheses(args) {
  const first2 = args[0];
  const last2 = args[args.length - 1];
  if (!first2 || !first2.value.startsWith("(") || !last2.value.endsWith(")")) return;
  trimArg(args, 0, 1, 0);
  trimArg(args, args.length - 1, 0, 1);
  if (args[args.length - 1].value === "") args.pop();
  if (args.length && args[0].value === "") args.shift();
}
function trimArg(args, index, head2, tail) {
  const arg = args[index];
  const value = arg.value.slice(head2, arg.value.length - tail);
  if (arg.quoted !== null) {
    arg.value = value;
    return;
  }
  const raw = arg.raw.slice(head2, arg.raw.length - tail);
  args[index] = arg instanceof SourceArg ? arg.shrunk(value, raw, head2, tail) : { ...arg, value, raw, range: shrink(arg.range, head2, tail) };
}
function shrink(range, head2, tail) {
  const { start, end } = range;
  return {
    file: range.file,
    start: { line: start.line, column: start.column + head2, offset: start.offset + head2 },
    end: { line: end.line, column: end.column - tail, offset: end.offset - tail }
  };
}
function intern(text) {
  if (text.length > MAX_INTERNED_LENGTH) return text;
  const known = interned.get(text);
  if (known !== void 0) return known;
  if (interned.size < MAX_INTERNED) interned.set(text, text);
  return text;
}
var BaseCstVisitor, MAX_QUOTED_TEXT, NginxCstToAst, MAX_INTERNED, MAX_INTERNED_LENGTH, interned;
var init_to_ast = __esm({
  "src/dialects/nginx/to-ast.ts"() {
    "use strict";
    init_api5();
    init_source();
    init_parser2();
    init_tokens2();
    BaseCstVisitor = nginxParser.getBaseCstVisitorConstructor();
    MAX_QUOTED_TEXT = 60;
    NginxCstToAst = class extends BaseCstVisitor {
      constructor(source) {
        super();
        this.source = source;
        this.validateVisitor();
      }
      source;
      diagnostics = [];
      /** The range of a token. */
      rangeOf(token) {
        return this.source.span(token.startOffset, endOffsetOf(token));
      }
      report(message, range) {
        this.diagnostics.push({ ruleId: "parse-error", message, range });
      }
      config(children, out = []) {
        this.statements(children, out);
        for (const brace of children.strayRBrace ?? []) this.report('Unexpected "}"', this.rangeOf(brace));
      }
      block(children, out = []) {
        this.statements(children, out);
        if (!children.RBrace?.length) {
          this.report('Unbalanced "{": block opened here is never closed', this.rangeOf(children.LBrace[0]));
        }
      }
      statements(children, out) {
        for (const directive of children.directive ?? []) this.visit(directive, out);
        for (const semicolon of children.straySemicolon ?? []) this.report('Unexpected ";"', this.rangeOf(semicolon));
        for (const block of children.strayBlock ?? []) {
          this.report('Unexpected "{"', this.rangeOf(block.children.LBrace[0]));
          this.visit(block, out);
        }
      }
      directive(children, out = []) {
        const nameToken = children.name[0];
        const argTokens = children.arg ?? [];
        const name = intern(unescapeNginx(innerText(nameToken, quoteOf(nameToken))));
        const args = argTokens.length ? argTokens.map((token) => this.toArg(token)) : [];
        const directive = new SourceDirective(name, args, this.source, nameToken.startOffset, endOffsetOf(nameToken));
        this.checkWords(nameToken, argTokens, directive);
        if (directive.name === "if") stripIfParentheses(directive.args);
        const last2 = argTokens.length ? argTokens[argTokens.length - 1] : nameToken;
        this.finishDirective(directive, children, last2);
        out.push(directive);
      }
      finishDirective(directive, children, last2) {
        if (children.Semicolon?.length) {
          directive.endAt(endOffsetOf(children.Semicolon[0]));
        } else if (children.block?.length) {
          this.finishBlock(directive, children.block[0]);
        } else if (children.LuaBlock?.length) {
          this.finishLuaBlock(directive, children.LuaBlock[0]);
        } else {
          const end = endOffsetOf(last2);
          directive.endAt(end);
          directive.recovered = true;
          const text = [directive.name, ...directive.args.map((arg) => arg.raw)].join(" ");
          this.report(`Missing ";" after "${excerpt(text)}"`, this.source.span(end, end));
        }
      }
      finishBlock(directive, node) {
        const block = node.children;
        const children = [];
        this.visit(node, children);
        directive.children = children;
        directive.headEndsAt(endOffsetOf(block.LBrace[0]));
        const close = block.RBrace?.[0];
        if (close) {
          directive.endAt(endOffsetOf(close));
          return;
        }
        directive.recovered = true;
        const lastChild = children[children.length - 1];
        directive.endAt(lastChild ? lastChild.endOffset : directive.headEndOffset);
      }
      finishLuaBlock(directive, body) {
        const closed = body.payload?.closed ?? true;
        directive.rawBlock = closed ? body.image.slice(1, -1) : body.image.slice(1);
        directive.endAt(endOffsetOf(body));
        directive.headEndsAt(body.startOffset + 1);
        if (!closed) {
          directive.recovered = true;
          this.report('Unbalanced "{": Lua block opened here is never closed', this.source.span(body.startOffset, body.startOffset + 1));
        }
      }
      toArg(token) {
        const quoted = quoteOf(token);
        const raw = token.image;
        const value = quoted === null && !raw.includes("\\") ? raw : unescapeNginx(innerText(token, quoted));
        return new SourceArg(value, raw, quoted, this.source, token.startOffset, endOffsetOf(token));
      }
      // nginx: after a closing quote only space, `;`, `{` or `)` may follow (`need_space`),
      // otherwise ngx_conf_read_token fails with `unexpected "x"`.
      checkWords(nameToken, argTokens, directive) {
        const words = [nameToken, ...argTokens];
        for (let index = 0; index < words.length; index++) {
          const word = words[index];
          if (tokenMatcher(word, UnterminatedQuoted)) {
            directive.recovered = true;
            this.report("Unterminated quoted string", this.rangeOf(word));
            continue;
          }
          const next = words[index + 1];
          if (!next || quoteOf(word) === null || next.startOffset !== word.startOffset + word.image.length) continue;
          if (next.image[0] === ")") continue;
          this.report(`Unexpected "${next.image[0]}" after a closing quote`, this.source.span(next.startOffset, next.startOffset + 1));
        }
      }
    };
    MAX_INTERNED = 65536;
    MAX_INTERNED_LENGTH = 40;
    interned = /* @__PURE__ */ new Map();
  }
});

// src/dialects/nginx/parse.ts
function parseNginx(text, path) {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return parseSource(source, path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const start = { line: 1, column: 1, offset: 0 };
    const diagnostic = {
      ruleId: "parse-error",
      message: `Unreadable config: the parser failed (${message})`,
      range: { file: path, start, end: start }
    };
    return { path, dialect: "nginx", text: source, directives: [], comments: [], diagnostics: [diagnostic] };
  }
}
function parseSource(text, path) {
  const source = new SourceText(path, text);
  const lexed = nginxLexer.tokenize(text);
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const limited = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH);
  const visitor = new NginxCstToAst(source);
  for (const brace of limited.tooDeep) {
    diagnostics.push({
      ruleId: "parse-error",
      message: `Blocks nested deeper than ${MAX_BLOCK_DEPTH} levels; the content of this block is not read`,
      range: visitor.rangeOf(brace)
    });
  }
  nginxParser.input = limited.tokens;
  const cst = nginxParser.config();
  const parserErrors = nginxParser.errors;
  const directives = [];
  visitor.visit(cst, directives);
  for (const diagnostic of visitor.diagnostics) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  return { path, dialect: "nginx", text, directives, comments, diagnostics };
}
function limitNesting(tokens, maxDepth) {
  let depth = 0;
  let index = 0;
  for (; index < tokens.length; index++) {
    if (tokenMatcher(tokens[index], LBrace) && ++depth > maxDepth) break;
    if (tokenMatcher(tokens[index], RBrace) && depth > 0) depth--;
  }
  if (index === tokens.length) return { tokens, tooDeep: [] };
  return cutDeepBlocks(tokens, maxDepth);
}
function cutDeepBlocks(tokens, maxDepth) {
  const kept = [];
  const tooDeep = [];
  let depth = 0;
  for (const token of tokens) {
    const opens = tokenMatcher(token, LBrace);
    const closes = tokenMatcher(token, RBrace);
    if (opens) depth++;
    if (depth <= maxDepth || opens && depth === maxDepth + 1 || closes && depth === maxDepth + 1) {
      kept.push(token);
      if (opens && depth === maxDepth + 1) tooDeep.push(token);
    }
    if (closes && depth > 0) depth--;
  }
  return { tokens: kept, tooDeep };
}
function toComment(token, source) {
  return {
    text: token.image.slice(1),
    range: source.span(token.startOffset, endOffsetOf(token)),
    inline: hasCodeBefore(source.text, token.startOffset)
  };
}
function hasCodeBefore(text, offset) {
  for (let index = offset - 1; index >= 0; index--) {
    const ch = text[index];
    if (ch === "\n") return false;
    if (ch !== " " && ch !== "	" && ch !== "\r") return true;
  }
  return false;
}
function lexingDiagnostic(error, source) {
  const range = source.span(error.offset, error.offset + error.length);
  return { ruleId: "parse-error", message: `Unexpected "${source.text.slice(error.offset, error.offset + 1)}"`, range };
}
function recognitionDiagnostic(error, source) {
  const token = error.token;
  if (Number.isNaN(token.startOffset) || token.tokenType.name === "EOF") {
    const end = source.text.length;
    return { ruleId: "parse-error", message: "Unexpected end of file", range: source.span(end, end) };
  }
  return { ruleId: "parse-error", message: `Unexpected "${excerptToken(token)}"`, range: source.span(token.startOffset, endOffsetOf(token)) };
}
function excerptToken(token) {
  return token.image.length > 40 ? `${token.image.slice(0, 39)}\u2026` : token.image;
}
var MAX_BLOCK_DEPTH, BOM;
var init_parse = __esm({
  "src/dialects/nginx/parse.ts"() {
    "use strict";
    init_api5();
    init_parser2();
    init_tokens2();
    init_source();
    init_to_ast();
    MAX_BLOCK_DEPTH = 100;
    BOM = "\uFEFF";
  }
});

// src/dialects/nginx/load.ts
import { readFile as readFile3, realpath, stat as stat3 } from "node:fs/promises";
import { dirname as dirname4, isAbsolute as isAbsolute3, join as join5, relative as relative3, resolve as resolve3 } from "node:path";
async function loadNginx(entry, context) {
  const entryPath = resolve3(entry);
  let root2;
  try {
    root2 = context.cache.get(entryPath) ?? await readConfig(entryPath, context);
  } catch (error) {
    throw new Error(`Cannot read nginx config "${entryPath}": ${failureText(error)}`);
  }
  const realEntry = await realpath(entryPath).catch(() => entryPath);
  const walk = { context, prefix: dirname4(entryPath), chain: [realEntry], reads: 0, full: false, announced: /* @__PURE__ */ new Set() };
  await resolveIncludes(root2, walk);
  if (!extents.has(root2)) extents.set(root2, extentOf(root2));
  return collectFiles(root2);
}
async function readConfig(path, context) {
  const info = await stat3(path);
  if (info.isDirectory()) throw new ReadFailure("it is a directory");
  if (!info.isFile()) throw new ReadFailure("it is not a regular file (a device, pipe or socket); it is not read");
  if (info.size > context.maxFileBytes) throw tooLarge(info.size, context);
  const bytes = await readFile3(path);
  if (bytes.length > context.maxFileBytes) throw tooLarge(bytes.length, context);
  refuseNonConfig(bytes);
  const text = new TextDecoder("utf-8").decode(bytes);
  const file = parseNginx(text, path);
  context.cache.set(path, file);
  return file;
}
function tooLarge(size, context) {
  return new LimitExceeded(`it is ${size} bytes, over the file size limit of ${context.maxFileBytes} bytes (--max-file-size)`);
}
function refuseNonConfig(bytes) {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new ReadFailure("it looks like a binary file (it holds NUL bytes), not an nginx config; it is not read");
  }
  if (bytes.includes("PRIVATE KEY-----") && PEM_PRIVATE_KEY.test(bytes.toString("latin1"))) {
    throw new ReadFailure("it looks like a PEM private key, not an nginx config; tlslint never reads key files");
  }
}
function failureText(error) {
  if (error instanceof ReadFailure) return error.message;
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  if (code === "EISDIR") return "it is a directory";
  return error instanceof Error ? error.message : String(error);
}
function markResolved(file, context) {
  let done = resolvedFiles.get(context);
  if (!done) resolvedFiles.set(context, done = /* @__PURE__ */ new WeakSet());
  if (done.has(file)) return false;
  done.add(file);
  return true;
}
async function resolveIncludes(file, walk) {
  if (!markResolved(file, walk.context)) return;
  for (const directive of walkDirectives(file.directives)) {
    if (directive.name !== "include" || directive.args.length === 0) continue;
    directive.included = [];
    const targets = await includeTargets(directive, file, walk);
    for (const target of targets) {
      const child = await includeFile(target, directive, file, walk);
      if (child) directive.included.push(child);
    }
  }
}
function mapPath(path, pathMaps) {
  let best;
  for (const map2 of pathMaps) {
    const from = map2.from.replace(/\/+$/, "") || "/";
    const matches2 = path === from || path.startsWith(from === "/" ? "/" : `${from}/`);
    if (matches2 && (!best || from.length > best.from.length)) best = { from, to: map2.to };
  }
  if (!best) return path;
  return join5(best.to, path.slice(best.from === "/" ? 0 : best.from.length));
}
function candidatePaths(value, includer, walk) {
  if (isAbsolute3(value)) return [mapPath(value, walk.context.pathMaps)];
  const candidates = [join5(walk.prefix, value), join5(dirname4(includer), value), join5(resolve3(walk.context.root), value)];
  return [...new Set(candidates)];
}
async function includeTargets(directive, file, walk) {
  const value = directive.args[0].value;
  const candidates = candidatePaths(value, file.path, walk);
  if (hasGlob(value)) {
    for (const candidate of candidates) {
      const matches2 = await expandGlob(candidate);
      if (matches2.length) return matches2;
    }
    return [];
  }
  for (const candidate of candidates) {
    if (await exists(candidate)) return [candidate];
  }
  report(file, directive, "include-not-found", `Missing include "${value}" (tried ${candidates.join(", ")})`);
  return [];
}
async function exists(path) {
  try {
    await stat3(path);
    return true;
  } catch (error) {
    return error.code === "EACCES" || error.code === "ELOOP";
  }
}
function report(file, directive, ruleId, message) {
  file.diagnostics.push({ ruleId, message, range: directive.range });
}
function chainText(walk, last2) {
  return [...walk.chain, last2].map((path) => relative3(walk.prefix, path) || path).join(" -> ");
}
function announceLimit(walk, kind, includer, message) {
  if (walk.announced.has(kind)) return;
  walk.announced.add(kind);
  walk.context.notify({ level: "warning", message, file: includer.path });
}
function includeSite(target, directive, includer, walk) {
  const shown = (path) => relative3(walk.prefix, path) || path;
  return `"${shown(target)}" (included at ${shown(includer.path)}:${directive.range.start.line})`;
}
function extentOf(file) {
  let depth = 0;
  let reads = 1;
  for (const directive of walkDirectives(file.directives)) {
    for (const child of directive.included ?? []) {
      const below = extents.get(child) ?? { depth: 0, reads: 1 };
      depth = Math.max(depth, below.depth + 1);
      reads += below.reads;
    }
  }
  return { depth, reads };
}
async function includeFile(target, directive, includer, walk) {
  const { context } = walk;
  let real;
  try {
    real = await realpath(target);
  } catch (error) {
    const loop = error.code === "ELOOP";
    report(includer, directive, loop ? "include-cycle" : "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    return void 0;
  }
  if (walk.chain.includes(real)) {
    report(includer, directive, "include-cycle", `Include cycle: ${chainText(walk, real)}`);
    return void 0;
  }
  const known = context.cache.get(target);
  const extent = (known && extents.get(known)) ?? { depth: 0, reads: 1 };
  if (walk.chain.length + extent.depth > context.maxIncludeDepth) {
    const site = includeSite(target, directive, includer, walk);
    announceLimit(walk, "depth", includer, `Includes nested deeper than ${context.maxIncludeDepth} levels (--max-include-depth): ${site} is not read, nor is any other include that deep`);
    return void 0;
  }
  if (walk.full || walk.reads + extent.reads > context.maxIncludedFiles) {
    walk.full = true;
    const site = includeSite(target, directive, includer, walk);
    announceLimit(walk, "files", includer, `More than ${context.maxIncludedFiles} included files (--max-included-files): ${site} and every later include are not read`);
    return void 0;
  }
  let file;
  try {
    file = known ?? await readConfig(target, context);
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: "warning", message: `Skipped ${includeSite(target, directive, includer, walk)}: ${error.message}`, file: includer.path });
    } else {
      report(includer, directive, "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    }
    return void 0;
  }
  walk.reads += extent.reads;
  walk.chain.push(real);
  await resolveIncludes(file, walk);
  walk.chain.pop();
  if (!extents.has(file)) extents.set(file, extentOf(file));
  return file;
}
function collectFiles(root2) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const directive of walkDirectives(file.directives)) for (const child of directive.included ?? []) visit(child);
  };
  visit(root2);
  return [...seen];
}
var ReadFailure, LimitExceeded, extents, resolvedFiles, BINARY_SNIFF_BYTES, PEM_PRIVATE_KEY;
var init_load = __esm({
  "src/dialects/nginx/load.ts"() {
    "use strict";
    init_ast();
    init_glob();
    init_parse();
    ReadFailure = class extends Error {
      constructor(message, ruleId = "include-not-found") {
        super(message);
        this.ruleId = ruleId;
      }
      ruleId;
    };
    LimitExceeded = class extends ReadFailure {
    };
    extents = /* @__PURE__ */ new WeakMap();
    resolvedFiles = /* @__PURE__ */ new WeakMap();
    BINARY_SNIFF_BYTES = 8e3;
    PEM_PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
  }
});

// src/syntax/range.ts
function spanOf(a, b) {
  return { file: a.file, start: a.start, end: b.end };
}
function compareRanges(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.offset - b.start.offset || a.end.offset - b.end.offset;
}
var init_range = __esm({
  "src/syntax/range.ts"() {
    "use strict";
  }
});

// src/model/types.ts
function socketKey(listener) {
  if (listener.unixPath !== void 0) return `unix:${listener.unixPath}`;
  const wildcard = listener.address === null || listener.address === "*" || listener.address === "0.0.0.0";
  return `${listener.quic ? "udp" : "tcp"} ${wildcard ? "*" : listener.address}:${listener.port}`;
}
function isTlsEndpoint(endpoint) {
  return endpoint.listeners.some((l) => l.tls);
}
var TLS_PROTOCOLS;
var init_types = __esm({
  "src/model/types.ts"() {
    "use strict";
    TLS_PROTOCOLS = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
  }
});

// src/model/compare-version.ts
function compareVersions(a, b) {
  const pa = segments(a);
  const pb = segments(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function versionAtLeast(version, since) {
  return compareVersions(version, since) >= 0;
}
function segments(version) {
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(version);
  if (!match) throw new RangeError(`Not a version: "${version}"`);
  return match[1].split(".").map(Number);
}
var init_compare_version = __esm({
  "src/model/compare-version.ts"() {
    "use strict";
  }
});

// src/dialects/nginx/versions.ts
function defaultProtocols(version) {
  if (versionAtLeast(version, "1.27.3")) return ["TLSv1.2", "TLSv1.3"];
  if (versionAtLeast(version, "1.23.4")) return ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
  return ["TLSv1", "TLSv1.1", "TLSv1.2"];
}
function rotatesTicketKeys(version) {
  return versionAtLeast(version, "1.23.2");
}
function hasSslDirective(version) {
  return !versionAtLeast(version, "1.25.1");
}
function hasAddHeaderInherit(version) {
  return versionAtLeast(version, "1.29.3");
}
var NGINX_DEFAULT_VERSION, DEFAULT_CIPHERS, OPENSSL_DEFAULT_CIPHERSUITES;
var init_versions = __esm({
  "src/dialects/nginx/versions.ts"() {
    "use strict";
    init_compare_version();
    NGINX_DEFAULT_VERSION = "1.29.3";
    DEFAULT_CIPHERS = "HIGH:!aNULL:!MD5";
    OPENSSL_DEFAULT_CIPHERSUITES = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";
  }
});

// src/dialects/nginx/model.ts
import { dirname as dirname5, isAbsolute as isAbsolute4, join as join6 } from "node:path";
function buildNginxModel(entry, options) {
  const context = {
    version: options.serverVersions.nginx ?? NGINX_DEFAULT_VERSION,
    prefix: dirname5(entry.path),
    pathMaps: options.pathMaps
  };
  const endpoints = httpLevels(entry).flatMap((http) => blocks(http.directives, "server").map((server) => buildEndpoint(server, http, context)));
  shareSocketTls(endpoints);
  return { dialect: "nginx", server: { product: "nginx", version: context.version }, endpoints, files: filesOf(entry) };
}
function httpLevels(entry) {
  const top = expandIncludes(entry.directives);
  const https = blocks(top, "http");
  if (https.length === 0) return [{ kind: "http", directives: top, parent: null }];
  return https.map((http) => ({ kind: "http", directives: expandIncludes(http.children ?? []), parent: null }));
}
function expandIncludes(directives, active = /* @__PURE__ */ new Set()) {
  const out = [];
  for (const directive of directives) {
    if (directive.name !== "include" || !directive.included) {
      out.push(directive);
      continue;
    }
    for (const file of directive.included) {
      if (active.has(file)) continue;
      active.add(file);
      for (const expanded of expandIncludes(file.directives, active)) out.push(expanded);
      active.delete(file);
    }
  }
  return out;
}
function blocks(directives, name) {
  return directives.filter((d) => d.name === name && d.children !== void 0);
}
function childLevel(block, kind, parent) {
  return { kind, directives: expandIncludes(block.children ?? []), parent };
}
function buildEndpoint(server, http, context) {
  const level = childLevel(server, "server", http);
  const serverNames = own(level, "server_name").flatMap((d) => d.args.map((a) => a.value));
  const legacySsl = inherited(level, "ssl", (d) => onOff(d));
  const range = server.headRange ?? server.range;
  const scopes = headerScopes(level, range, context);
  return {
    dialect: "nginx",
    label: serverNames[0] ? `server ${serverNames[0]}` : "server",
    range,
    serverNames,
    listeners: listenersOf(level, legacySsl, context),
    certificates: certificatesOf(level, context),
    protocols: setting(level, "ssl_protocols", protocolsOf, defaultProtocols(context.version)),
    ciphers: setting(level, "ssl_ciphers", firstArg, DEFAULT_CIPHERS),
    ciphersuites: ciphersuitesOf(level),
    preferServerCiphers: setting(level, "ssl_prefer_server_ciphers", onOff, false),
    sessionTickets: setting(level, "ssl_session_tickets", onOff, true),
    ticketKeysRotated: ticketKeysRotated(level, context.version),
    stapling: setting(level, "ssl_stapling", onOff, false),
    staplingVerify: setting(level, "ssl_stapling_verify", onOff, false),
    dhparam: setting(level, "ssl_dhparam", firstArg, null),
    ecdhCurve: setting(level, "ssl_ecdh_curve", firstArg, "auto"),
    legacySsl: legacySsl ?? null,
    scopes,
    upstreams: upstreamsOf(level),
    httpRedirect: redirectOf(level),
    rejectsHandshake: inherited(level, "ssl_reject_handshake", onOff)?.value === true
  };
}
function own(level, name) {
  let index = directivesByName.get(level);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const directive of level.directives) {
      const list = index.get(directive.name);
      if (list) list.push(directive);
      else index.set(directive.name, [directive]);
    }
    directivesByName.set(level, index);
  }
  return index.get(name) ?? [];
}
function inherited(level, name, read) {
  for (let at = level; at; at = at.parent) {
    const directive = own(at, name)[0];
    if (directive) return settingOf(directive, read(directive), at.kind);
  }
  return void 0;
}
function setting(level, name, read, fallback) {
  return inherited(level, name, read) ?? { value: fallback, source: null, level: "default" };
}
function settingOf(directive, value, level) {
  const args = directive.args;
  const valueRange = args.length > 0 ? spanOf(args[0].range, args[args.length - 1].range) : void 0;
  return { value, source: directive.range, valueRange, level };
}
function firstArg(directive) {
  return directive.args[0]?.value ?? "";
}
function onOff(directive) {
  return directive.args[0]?.value.toLowerCase() === "on";
}
function protocolsOf(directive) {
  const names = new Set(directive.args.map((a) => a.value));
  return TLS_PROTOCOLS.filter((p) => names.has(p));
}
function ciphersuitesOf(level) {
  for (let at = level; at; at = at.parent) {
    const commands = own(at, "ssl_conf_command");
    if (commands.length === 0) continue;
    const suites = commands.filter((d) => d.args[0]?.value.toLowerCase() === "ciphersuites").at(-1);
    if (!suites) break;
    const value = suites.args[1]?.value ?? "";
    const valueRange = suites.args[1]?.range;
    return { value, source: suites.range, valueRange, level: at.kind };
  }
  return { value: OPENSSL_DEFAULT_CIPHERSUITES, source: null, level: "default" };
}
function ticketKeysRotated(level, version) {
  if (!rotatesTicketKeys(version) || inherited(level, "ssl_session_ticket_key", firstArg)) return false;
  const cache2 = inherited(level, "ssl_session_cache", (d) => d.args.some((a) => a.value.startsWith("shared:")));
  return cache2?.value === true;
}
function listenersOf(level, legacySsl, context) {
  const directives = own(level, "listen");
  const listeners = directives.length > 0 ? directives.map(parseListen) : [implicitListener()];
  const http2 = inherited(level, "http2", onOff)?.value === true;
  const sslOn = legacySsl?.value === true && hasSslDirective(context.version);
  return listeners.map((l) => ({
    ...l,
    http2: l.http2 || http2,
    ...sslOn && !l.tls && !l.quic ? { tls: true, viaLegacySsl: true } : {}
  }));
}
function shareSocketTls(endpoints) {
  const listeners = endpoints.flatMap((e) => e.listeners).filter((l) => !l.quic && l.unixPath === void 0);
  const tlsSockets = new Set(listeners.filter((l) => l.tls).map(socketKey));
  for (const listener of listeners) if (!listener.tls && tlsSockets.has(socketKey(listener))) listener.tls = true;
}
function implicitListener() {
  return { address: "*", port: 80, tls: false, http2: false, quic: false, defaultServer: false, source: null };
}
function parseListen(directive) {
  const socket = directive.args[0]?.value ?? "";
  const params = new Set(directive.args.slice(1).map((a) => a.value));
  const base = {
    tls: params.has("ssl"),
    http2: params.has("http2"),
    quic: params.has("quic"),
    defaultServer: params.has("default_server") || params.has("default"),
    source: directive.range
  };
  if (socket.startsWith("unix:")) return { address: null, port: 0, unixPath: socket.slice(5), ...base };
  return { ...addressAndPort(socket), ...base };
}
function addressAndPort(socket) {
  if (/^\d+$/.test(socket)) return { address: null, port: Number(socket) };
  const ipv6 = /^(\[[^\]]*\])(?::(\d+))?$/.exec(socket);
  if (ipv6) return { address: ipv6[1], port: ipv6[2] ? Number(ipv6[2]) : 80 };
  const colon = socket.lastIndexOf(":");
  if (colon > 0 && /^\d+$/.test(socket.slice(colon + 1))) return { address: socket.slice(0, colon), port: Number(socket.slice(colon + 1)) };
  return { address: socket, port: 80 };
}
function certificatesOf(level, context) {
  for (let at = level; at; at = at.parent) {
    const certs = own(at, "ssl_certificate");
    if (certs.length === 0) continue;
    const keys2 = keysFor(at);
    return certs.map((cert, i) => {
      const certificate = settingOf(cert, firstArg(cert), at.kind);
      const key = keys2[i] ?? null;
      const resolvedPath = resolveCertificatePath(certificate.value, context);
      return { certificate, key, ...resolvedPath ? { resolvedPath } : {} };
    });
  }
  return [];
}
function keysFor(level) {
  for (let at = level; at; at = at.parent) {
    const keys2 = own(at, "ssl_certificate_key");
    if (keys2.length > 0) return keys2.map((k) => settingOf(k, firstArg(k), at.kind));
  }
  return [];
}
function resolveCertificatePath(value, context) {
  if (value === "" || value.includes("$") || /^(data|engine|store):/.test(value)) return void 0;
  return isAbsolute4(value) ? mapPath(value, context.pathMaps) : join6(context.prefix, value);
}
function headerScopes(server, range, context) {
  const outer = effectiveHeaders(server.parent, [], context);
  const scopes = [];
  const visit = (level, label2, kind, at, fromOutside, parentReturns) => {
    const scope = scopeOf(level, label2, kind, at, fromOutside, parentReturns, context);
    scopes.push(scope);
    for (const location of blocks(level.directives, "location")) {
      const child = childLevel(location, "location", level);
      const name = `location ${location.args.map((a) => a.raw).join(" ")}`;
      visit(child, name, "location", location.headRange ?? location.range, scope.headers, scope.returnsOnly);
    }
  };
  visit(server, "server", "server", range, outer, false);
  return scopes;
}
function scopeOf(level, label2, kind, range, fromOutside, parentReturns, context) {
  const ownHeaders = headersOf(level);
  const headers = effectiveHeaders(level, fromOutside, context);
  const kept = new Set(headers);
  return {
    kind,
    label: label2,
    range,
    headers,
    dropped: fromOutside.filter((h) => !kept.has(h)),
    ownHeaders: ownHeaders.length > 0 ? ownHeaders : [],
    returnsOnly: parentReturns || own(level, "return").length > 0
  };
}
function effectiveHeaders(level, fromOutside, context) {
  const ownHeaders = headersOf(level);
  if (level.kind === "http") return ownHeaders;
  const mode = inheritMode(level, context);
  if (mode === "off") return ownHeaders;
  if (mode === "merge") return [...fromOutside, ...ownHeaders];
  return ownHeaders.length > 0 ? ownHeaders : fromOutside;
}
function inheritMode(level, context) {
  if (!hasAddHeaderInherit(context.version)) return "on";
  const value = inherited(level, "add_header_inherit", firstArg)?.value;
  return value === "off" || value === "merge" ? value : "on";
}
function headersOf(level) {
  return own(level, "add_header").filter((d) => d.args.length >= 2).map((d) => ({
    name: d.args[0].value,
    value: d.args[1].value,
    always: d.args[2]?.value === "always",
    source: d.range,
    valueRange: d.args[1].range,
    level: level.kind
  }));
}
function redirectOf(server) {
  const atServer = redirectIn(server);
  if (atServer) return atServer;
  const root2 = blocks(server.directives, "location").find((l) => l.args.length === 1 && l.args[0].value === "/");
  return root2 ? redirectIn(childLevel(root2, "location", server)) : null;
}
function redirectIn(level) {
  for (const directive of level.directives) {
    const url = redirectTarget(directive);
    if (url !== void 0) return { toHttps: /^https:\/\//i.test(url), source: directive.range };
  }
  return null;
}
function redirectTarget(directive) {
  const args = directive.args.map((a) => a.value);
  if (directive.name === "return") {
    if (args.length === 2 && REDIRECT_CODES.has(args[0])) return args[1];
    if (args.length === 1 && /^(https?:\/\/|\$scheme)/i.test(args[0])) return args[0];
  }
  if (directive.name === "rewrite" && args.length >= 2 && /^https?:\/\//i.test(args[1])) return args[1];
  return void 0;
}
function upstreamsOf(server) {
  const upstreams = [];
  const visit = (level, label2) => {
    for (const directive of level.directives) {
      const pass = TLS_PASSES[directive.name];
      const target = directive.args[0]?.value ?? "";
      if (pass && pass.scheme.test(target)) upstreams.push(upstreamOf(directive, level, pass.prefix, label2));
      if (directive.name === "location" && directive.children) {
        visit(childLevel(directive, "location", level), `location ${directive.args.map((a) => a.raw).join(" ")}`);
      }
      if (directive.name === "if" && directive.children) visit(childLevel(directive, level.kind, level), label2);
    }
  };
  visit(server, "server");
  return upstreams;
}
function upstreamOf(directive, level, prefix, label2) {
  return {
    target: directive.args[0].value,
    source: directive.range,
    verify: setting(level, `${prefix}_ssl_verify`, onOff, false),
    trustedCertificate: setting(level, `${prefix}_ssl_trusted_certificate`, firstArg, null),
    scopeLabel: label2
  };
}
function filesOf(entry) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const stack = [...file.directives];
    while (stack.length) {
      const directive = stack.pop();
      for (const child of directive.included ?? []) visit(child);
      for (const child of directive.children ?? []) stack.push(child);
    }
  };
  visit(entry);
  return [...seen];
}
var directivesByName, REDIRECT_CODES, TLS_PASSES;
var init_model3 = __esm({
  "src/dialects/nginx/model.ts"() {
    "use strict";
    init_range();
    init_types();
    init_load();
    init_versions();
    directivesByName = /* @__PURE__ */ new WeakMap();
    REDIRECT_CODES = /* @__PURE__ */ new Set(["301", "302", "303", "307", "308"]);
    TLS_PASSES = {
      proxy_pass: { scheme: /^https:\/\//i, prefix: "proxy" },
      grpc_pass: { scheme: /^grpcs:\/\//i, prefix: "grpc" },
      uwsgi_pass: { scheme: /^suwsgi:\/\//i, prefix: "uwsgi" }
    };
  }
});

// src/dialects/nginx/index.ts
var nginx_exports = {};
__export(nginx_exports, {
  isNginxConfigPath: () => isNginxConfigPath,
  nginx: () => nginx
});
import { basename as basename3, sep as sep3 } from "node:path";
function isNginxConfigPath(path) {
  const name = basename3(path);
  if (name === "nginx.conf") return true;
  const dirs = path.split(sep3).slice(0, -1);
  if (dirs.some((d) => d === "sites-enabled" || d === "sites-available")) return !name.startsWith(".");
  return name.endsWith(".conf") && dirs.some((d) => CONFIG_DIRS.has(d));
}
var CONFIG_DIRS, nginx;
var init_nginx = __esm({
  "src/dialects/nginx/index.ts"() {
    "use strict";
    init_load();
    init_model3();
    init_versions();
    CONFIG_DIRS = /* @__PURE__ */ new Set(["nginx", "conf.d", "sites-enabled", "sites-available"]);
    nginx = {
      id: "nginx",
      defaultServerVersion: NGINX_DEFAULT_VERSION,
      detect: isNginxConfigPath,
      load: loadNginx,
      buildModel: buildNginxModel
    };
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open2, close, replace = open2) => (input) => {
      let string = "" + input, index = string.indexOf(close, open2.length);
      return ~index ? open2 + replaceClose(string, close, replace, index) + close : open2 + string + close;
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
    module2.exports = createColors();
    module2.exports.createColors = createColors;
  }
});

// src/cli/main.ts
import { existsSync as existsSync2 } from "node:fs";
import { writeFile as writeFile2 } from "node:fs/promises";
import { relative as relative4, resolve as resolve6 } from "node:path";

// src/engine/fix.ts
import { randomBytes } from "node:crypto";
import { open, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";
var MAX_FIX_PASSES = 10;
async function planFixes(result, linted) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    if (!finding.fix || finding.suppression || !isUnder(finding.range.file, linted)) continue;
    const list = byFile.get(finding.range.file) ?? [];
    list.push(finding);
    byFile.set(finding.range.file, list);
  }
  const plans = [];
  for (const [file, findings] of byFile) {
    const before = await readFile(file, "utf8");
    const { text, fixed } = applyFindingFixes(before, findings);
    if (text !== before) plans.push({ file, before, after: text, fixed });
  }
  return plans;
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
async function writeAtomically(file, text) {
  const { mode } = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.tlslint-${randomBytes(6).toString("hex")}`);
  try {
    const handle = await open(temp, "wx", mode & 4095);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
function unifiedDiff(plan, shownPath) {
  const a = plan.before.split("\n");
  const b = plan.after.split("\n");
  let head2 = 0;
  while (head2 < a.length && head2 < b.length && a[head2] === b[head2]) head2++;
  let tail = 0;
  while (tail < a.length - head2 && tail < b.length - head2 && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = Math.max(0, head2 - 3);
  const aEnd = Math.min(a.length, a.length - tail + 3);
  const bEnd = Math.min(b.length, b.length - tail + 3);
  const lines = [
    ...a.slice(start, head2).map((l) => ` ${l}`),
    ...a.slice(head2, a.length - tail).map((l) => `-${l}`),
    ...b.slice(head2, b.length - tail).map((l) => `+${l}`),
    ...a.slice(a.length - tail, aEnd).map((l) => ` ${l}`)
  ];
  const range = (from, to) => `${to - from === 0 ? from : from + 1},${to - from}`;
  return [`--- a/${shownPath}`, `+++ b/${shownPath}`, `@@ -${range(start, aEnd)} +${range(start, bEnd)} @@`, ...lines, ""].join("\n");
}

// src/engine/baseline.ts
import { readFile as readFile2, rename as rename2, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { dirname as dirname2, join as join2, basename as basename2 } from "node:path";

// src/report/fingerprint.ts
import { createHash } from "node:crypto";

// src/report/paths.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep } from "node:path";
import { pathToFileURL } from "node:url";
function absolutePath(file, root2) {
  return isAbsolute2(file) ? file : resolve2(root2, file);
}
function pathInsideRoot(file, root2) {
  const rel = relative2(resolve2(root2), absolutePath(file, root2));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute2(rel)) return void 0;
  return rel.split(sep).join("/");
}
function displayPath(file, root2) {
  return pathInsideRoot(file, root2) ?? absolutePath(file, root2).split(sep).join("/");
}
function encodeRelativeUri(relativePath) {
  return relativePath.split("/").map(encodeURIComponent).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(resolve2(dir)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function fileUri(file, root2) {
  return pathToFileURL(absolutePath(file, root2)).href;
}
function sortedRecord(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/report/source-lines.ts
var LINE_BREAK = /\r\n|\r|\n/;
function lineCache(readSource) {
  const cache2 = /* @__PURE__ */ new Map();
  return (file) => {
    if (!cache2.has(file)) cache2.set(file, readSource(file)?.split(LINE_BREAK));
    return cache2.get(file);
  };
}

// src/report/fingerprint.ts
var HASH_LENGTH = 16;
function normalised(line) {
  return line?.trim().replace(/\s+/g, " ");
}
function hashOf(finding, firstLine, root2) {
  const line = normalised(firstLine);
  const content = line === void 0 ? `message:${finding.message}` : `line:${line}`;
  const input = [finding.ruleId, displayPath(finding.range.file, root2), content].join("\0");
  return createHash("sha256").update(input).digest("hex").slice(0, HASH_LENGTH);
}
function assignFingerprints(findings, readText, root2) {
  const linesOf = lineCache(readText);
  const hashes = /* @__PURE__ */ new Map();
  const occurrences = /* @__PURE__ */ new Map();
  const fingerprints = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(compareForOccurrence)) {
    const { file, start } = finding.range;
    const lines = linesOf(file);
    const key = `${finding.ruleId}\0${file}\0${start.line}\0${lines === void 0 || start.line > lines.length ? finding.message : ""}`;
    let hash = hashes.get(key);
    if (hash === void 0) {
      hash = hashOf(finding, lines?.[start.line - 1], root2);
      hashes.set(key, hash);
    }
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    fingerprints.set(finding, `${hash}:${occurrence}`);
  }
  return fingerprints;
}
function compareForOccurrence(a, b) {
  const [x, y] = [a.range, b.range];
  return compareText(x.file, y.file) || x.start.line - y.start.line || x.start.column - y.start.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine/baseline.ts
function fingerprintsOf(result) {
  const read = (file) => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return void 0;
    }
  };
  return assignFingerprints(result.findings, read, result.root);
}
async function writeBaseline(path, result) {
  const all = fingerprintsOf(result);
  const fingerprints = result.findings.filter((f) => !f.suppression).map((f) => all.get(f));
  const content = { version: 1, tool: "tlslint", fingerprints: [...new Set(fingerprints)].sort() };
  const temp = join2(dirname2(path), `.${basename2(path)}.tlslint-${process.pid}`);
  await writeFile(temp, `${JSON.stringify(content, null, 2)}
`);
  await rename2(temp, path);
  return content.fingerprints.length;
}
async function applyBaseline(path, result) {
  const known = new Set(parseBaseline(await readFile2(path, "utf8"), path).fingerprints);
  const fingerprints = fingerprintsOf(result);
  let count = 0;
  for (const finding of result.findings) {
    if (finding.suppression || !known.has(fingerprints.get(finding))) continue;
    finding.suppression = { kind: "external", justification: "baseline" };
    count++;
  }
  return count;
}
function parseBaseline(text, path) {
  const value = JSON.parse(text);
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

// src/engine/package-root.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname3, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
var cachedRoot;
function packageRoot() {
  if (cachedRoot) return cachedRoot;
  let dir = dirname3(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join3(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync2(manifest, "utf8")).name === "tlslint") return cachedRoot = dir;
    const parent = dirname3(dir);
    if (parent === dir) throw new Error("Cannot find the tlslint package root");
    dir = parent;
  }
}
function packageVersion() {
  return JSON.parse(readFileSync2(join3(packageRoot(), "package.json"), "utf8")).version;
}
function readRuleDoc(id) {
  const path = join3(packageRoot(), "rules", `${id}.md`);
  return existsSync(path) ? readFileSync2(path, "utf8") : void 0;
}

// src/engine/run.ts
import { resolve as resolve4 } from "node:path";

// src/dialects/registry.ts
var DIALECT_IDS = ["nginx"];
var loaders = {
  nginx: async () => (await Promise.resolve().then(() => (init_nginx(), nginx_exports))).nginx
};
function loadDialect(id) {
  return loaders[id]();
}
function isDialectId(value) {
  return DIALECT_IDS.includes(value);
}

// src/engine/run.ts
init_range();

// src/model/certificates.ts
import { readFileSync as readFileSync3, statSync } from "node:fs";
import { X509Certificate } from "node:crypto";
var MAX_CERTIFICATE_BYTES = 1024 * 1024;
var PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
function attachCertificateInfo(model) {
  const outcomes = /* @__PURE__ */ new Map();
  for (const endpoint of model.endpoints) {
    for (const ref of endpoint.certificates) {
      if (!ref.resolvedPath) continue;
      let outcome = outcomes.get(ref.resolvedPath);
      if (!outcome) outcomes.set(ref.resolvedPath, outcome = readCertificate(ref.resolvedPath));
      if ("info" in outcome) ref.info = outcome.info;
      else ref.readError = outcome.readError;
    }
  }
}
function readCertificate(path) {
  let text;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { readError: "is a directory" };
    if (stats.size > MAX_CERTIFICATE_BYTES) return { readError: `larger than ${MAX_CERTIFICATE_BYTES} bytes` };
    text = readFileSync3(path, "latin1");
  } catch (error) {
    return { readError: fsReason(error) };
  }
  const pem = PEM_CERTIFICATE.exec(text)?.[0];
  if (!pem) return { readError: "not a PEM certificate" };
  try {
    return { info: certificateInfo(new X509Certificate(pem)) };
  } catch {
    return { readError: "not a valid X.509 certificate" };
  }
}
function certificateInfo(cert) {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  return {
    subject: cert.subject.replace(/\n/g, ", "),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    keyType: keyTypeOf(key.asymmetricKeyType),
    keyBits: details.modulusLength ?? curveBits(details.namedCurve),
    ocspResponders: ocspResponders(cert.infoAccess),
    selfSigned: cert.issuer === cert.subject && verifiesItself(cert)
  };
}
function keyTypeOf(type) {
  return type === "rsa" || type === "rsa-pss" ? "rsa" : type === "ec" || type === "ed25519" || type === "ed448" || type === "dsa" ? type : "unknown";
}
var CURVE_BITS = { prime256v1: 256, "P-256": 256, secp384r1: 384, "P-384": 384, secp521r1: 521, "P-521": 521 };
function curveBits(curve) {
  return curve ? CURVE_BITS[curve] : void 0;
}
function ocspResponders(infoAccess) {
  if (!infoAccess) return [];
  return [...infoAccess.matchAll(/^OCSP - URI:(.+)$/gm)].map((m) => m[1].trim());
}
function verifiesItself(cert) {
  try {
    return cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}
function fsReason(error) {
  const code = error.code;
  if (code === "ENOENT") return "file not found";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return `cannot be read (${code ?? "unknown error"})`;
}

// src/engine/discover.ts
import { readdir as readdir2, stat as stat4 } from "node:fs/promises";
import { join as join7, basename as basename4 } from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "dist", "coverage"]);
async function discoverFiles(paths, dialect) {
  const files = [];
  const problems = [];
  for (const path of paths) {
    try {
      const info = await stat4(path);
      if (info.isDirectory()) await scanDirectory(path, dialect, files, problems);
      else files.push({ path, explicit: true });
    } catch (error) {
      problems.push({ path, message: describeFsError(error, path) });
    }
  }
  return { files: dedupe(files), problems };
}
async function scanDirectory(directory, dialect, files, problems) {
  let entries;
  try {
    entries = await readdir2(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: directory, message: describeFsError(error, directory) });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const path = join7(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await scanDirectory(path, dialect, files, problems);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && dialect.detect(path)) {
      files.push({ path, explicit: false });
    }
  }
}
function dedupe(files) {
  const seen = /* @__PURE__ */ new Set();
  return files.filter((f) => seen.has(f.path) ? false : (seen.add(f.path), true));
}
function describeFsError(error, path) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return `No such file or directory: ${path}`;
    case "EACCES":
    case "EPERM":
      return `Permission denied: ${path}`;
    case "EISDIR":
      return `Is a directory: ${path}`;
    case "ELOOP":
      return `Too many levels of symbolic links: ${path}`;
    default:
      return `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
function entryOrder(files) {
  const rank = (f) => basename4(f.path) === "nginx.conf" ? 0 : 1;
  return [...files].sort((a, b) => rank(a) - rank(b) || a.path.split("/").length - b.path.split("/").length);
}

// src/tls/mozilla-guidelines.data.ts
var MOZILLA_GUIDELINES = {
  "5.1": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.2": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.3": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.4": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.5": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.6": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.7": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.8": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "6.0": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    }
  }
};

// src/tls/mozilla-profiles.ts
var PROFILE_NAMES = ["modern", "intermediate", "old"];
var LATEST_GUIDELINES = "6.0";
var GUIDELINE_VERSIONS = Object.keys(MOZILLA_GUIDELINES);
function getProfile(name, version = LATEST_GUIDELINES) {
  const guidelines = version in MOZILLA_GUIDELINES ? version : void 0;
  if (!guidelines) throw new RangeError(`Unknown Mozilla guidelines version "${version}"; known: ${GUIDELINE_VERSIONS.join(", ")}`);
  const configs = MOZILLA_GUIDELINES[guidelines];
  const raw = configs[name];
  if (!raw) {
    if (name === "old" && version === LATEST_GUIDELINES) return getProfile("old", "5.8");
    throw new RangeError(`Mozilla guidelines ${version} have no "${name}" profile`);
  }
  return {
    name,
    guidelines,
    tlsVersions: [...raw.tls_versions],
    opensslCiphers: [...raw.ciphers.openssl],
    ianaCiphers: [...raw.ciphers.iana],
    ciphersuites: [...raw.ciphersuites],
    tlsCurves: [...raw.tls_curves],
    hstsMinAge: raw.hsts_min_age,
    dhParamSize: raw.dh_param_size,
    ecdhParamSize: raw.ecdh_param_size,
    rsaKeySize: raw.rsa_key_size,
    ocspStaple: raw.ocsp_staple,
    serverPreferredOrder: raw.server_preferred_order,
    certificateTypes: [...raw.certificate_types],
    maximumCertificateLifespan: raw.maximum_certificate_lifespan
  };
}
function profileCipherString(profile) {
  return profile.opensslCiphers.join(":");
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
function runRule(rule, model, options, severity = rule.meta.severity) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const messages = rule.messages;
  rule.check(model, {
    options,
    profile: getProfile(options.profile, options.guidelines),
    ruleOptions: options.ruleOptions[rule.meta.id] ?? {},
    report(messageId, data, range, extras) {
      const template = messages[messageId];
      if (template === void 0) throw new Error(`Rule ${rule.meta.id} reported unknown message id "${messageId}"`);
      const message = formatMessage(template, data);
      const key = `${range.file}:${range.start.offset}:${range.end.offset}:${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ ruleId: rule.meta.id, messageId, severity, message, range, related: extras?.related ?? [], fix: extras?.fix });
    }
  });
  return findings;
}

// src/engine/suppressions.ts
var DIRECTIVE = /^\s*tlslint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/;
function suppressionComments(file) {
  const lines = file.text.split("\n");
  const comments = [];
  for (const comment of file.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [list, reason] = splitReason(match[2]);
    const line = comment.range.start.line;
    const kind = match[1];
    comments.push({ kind, ruleIds: list.split(/[\s,]+/).filter(Boolean), reason, file: file.path, line, from: line, to: line, used: false });
  }
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
function applySuppressions(findings, files, knownRuleIds, reportUnused) {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of files) byFile.set(file.path, suppressionComments(file));
  for (const finding of findings) {
    const line = finding.range.start.line;
    const match = byFile.get(finding.range.file)?.find((c) => line >= c.from && line <= c.to && (c.ruleIds.length === 0 || c.ruleIds.includes(finding.ruleId)));
    if (!match) continue;
    match.used = true;
    finding.suppression = { kind: "inSource", ...match.reason ? { justification: match.reason } : {} };
  }
  return [...byFile.values()].flat().flatMap((c) => notificationsFor(c, knownRuleIds, reportUnused));
}
function notificationsFor(c, known, reportUnused) {
  const where = `${c.file}:${c.line}`;
  const unknown = c.ruleIds.filter((id) => !known.has(id));
  if (unknown.length > 0) return [{ level: "warning", message: `${where}: tlslint-${c.kind} names unknown rule "${unknown.join('", "')}"`, file: c.file }];
  if (reportUnused && !c.used) return [{ level: "warning", message: `${where}: unused tlslint-${c.kind}${c.ruleIds.length ? ` ${c.ruleIds.join(", ")}` : ""}: nothing to suppress`, file: c.file }];
  return [];
}

// src/tls/endpoint-ciphers.ts
init_types();

// src/tls/cipher-aliases.ts
var ALL_AU = ["aRSA", "aDSS", "aNULL", "aECDSA", "aPSK", "aSRP", "aGOST01", "aGOST12", "aDH", "aECDH", "aKRB5", "aGOST94"];
var ALL_ENC = [
  "DES",
  "3DES",
  "RC4",
  "RC2",
  "IDEA",
  "eNULL",
  "AES128",
  "AES256",
  "CAMELLIA128",
  "CAMELLIA256",
  "GOST89",
  "GOST8912",
  "SEED",
  "AES128GCM",
  "AES256GCM",
  "AES128CCM",
  "AES256CCM",
  "AES128CCM8",
  "AES256CCM8",
  "CHACHA20POLY1305",
  "ARIA128GCM",
  "ARIA256GCM"
];
var allBut = (all, ...not) => all.filter((t) => !not.includes(t));
var AES_GCM = ["AES128GCM", "AES256GCM"];
var AES_CCM = ["AES128CCM", "AES256CCM", "AES128CCM8", "AES256CCM8"];
var PSK_KX = ["kPSK", "kECDHEPSK", "kDHEPSK", "kRSAPSK"];
var ALIASES_111 = [
  // "ALL" doesn't include eNULL (must be specifically enabled)
  { name: "ALL", enc: allBut(ALL_ENC, "eNULL") },
  { name: "COMPLEMENTOFALL", enc: ["eNULL"] },
  // "COMPLEMENTOFDEFAULT" (does *not* include ciphersuites not found in ALL!)
  { name: "COMPLEMENTOFDEFAULT", strength: ["NOT_DEFAULT"] },
  { name: "kRSA", kx: ["kRSA"] },
  { name: "kEDH", kx: ["kDHE"] },
  { name: "kDHE", kx: ["kDHE"] },
  { name: "DH", kx: ["kDHE"] },
  { name: "kEECDH", kx: ["kECDHE"] },
  { name: "kECDHE", kx: ["kECDHE"] },
  { name: "ECDH", kx: ["kECDHE"] },
  { name: "kPSK", kx: ["kPSK"] },
  { name: "kRSAPSK", kx: ["kRSAPSK"] },
  { name: "kECDHEPSK", kx: ["kECDHEPSK"] },
  { name: "kDHEPSK", kx: ["kDHEPSK"] },
  { name: "kSRP", kx: ["kSRP"] },
  { name: "kGOST", kx: ["kGOST"] },
  { name: "aRSA", au: ["aRSA"] },
  { name: "aDSS", au: ["aDSS"] },
  { name: "DSS", au: ["aDSS"] },
  { name: "aNULL", au: ["aNULL"] },
  { name: "aECDSA", au: ["aECDSA"] },
  { name: "ECDSA", au: ["aECDSA"] },
  { name: "aPSK", au: ["aPSK"] },
  { name: "aGOST01", au: ["aGOST01"] },
  { name: "aGOST12", au: ["aGOST12"] },
  { name: "aGOST", au: ["aGOST01", "aGOST12"] },
  { name: "aSRP", au: ["aSRP"] },
  { name: "EDH", kx: ["kDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "DHE", kx: ["kDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "EECDH", kx: ["kECDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "ECDHE", kx: ["kECDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "NULL", enc: ["eNULL"] },
  { name: "RSA", kx: ["kRSA"], au: ["aRSA"] },
  { name: "ADH", kx: ["kDHE"], au: ["aNULL"] },
  { name: "AECDH", kx: ["kECDHE"], au: ["aNULL"] },
  { name: "PSK", kx: PSK_KX },
  { name: "SRP", kx: ["kSRP"] },
  { name: "3DES", enc: ["3DES"] },
  { name: "RC4", enc: ["RC4"] },
  { name: "RC2", enc: ["RC2"] },
  { name: "IDEA", enc: ["IDEA"] },
  { name: "SEED", enc: ["SEED"] },
  { name: "eNULL", enc: ["eNULL"] },
  { name: "GOST89", enc: ["GOST89", "GOST8912"] },
  { name: "AES128", enc: ["AES128", "AES128GCM", "AES128CCM", "AES128CCM8"] },
  { name: "AES256", enc: ["AES256", "AES256GCM", "AES256CCM", "AES256CCM8"] },
  { name: "AES", enc: ["AES128", "AES256", ...AES_GCM, ...AES_CCM] },
  { name: "AESGCM", enc: AES_GCM },
  { name: "AESCCM", enc: AES_CCM },
  { name: "AESCCM8", enc: ["AES128CCM8", "AES256CCM8"] },
  { name: "CAMELLIA128", enc: ["CAMELLIA128"] },
  { name: "CAMELLIA256", enc: ["CAMELLIA256"] },
  { name: "CAMELLIA", enc: ["CAMELLIA128", "CAMELLIA256"] },
  { name: "CHACHA20", enc: ["CHACHA20POLY1305"] },
  { name: "ARIA", enc: ["ARIA128GCM", "ARIA256GCM"] },
  { name: "ARIAGCM", enc: ["ARIA128GCM", "ARIA256GCM"] },
  { name: "ARIA128", enc: ["ARIA128GCM"] },
  { name: "ARIA256", enc: ["ARIA256GCM"] },
  { name: "MD5", mac: ["MD5"] },
  { name: "SHA1", mac: ["SHA1"] },
  { name: "SHA", mac: ["SHA1"] },
  { name: "GOST94", mac: ["GOST94"] },
  { name: "GOST89MAC", mac: ["GOST89MAC", "GOST89MAC12"] },
  { name: "SHA256", mac: ["SHA256"] },
  { name: "SHA384", mac: ["SHA384"] },
  { name: "GOST12", mac: ["GOST12"] },
  { name: "SSLv3", minProtocol: "SSLv3" },
  { name: "TLSv1", minProtocol: "TLSv1" },
  { name: "TLSv1.0", minProtocol: "TLSv1" },
  { name: "TLSv1.2", minProtocol: "TLSv1.2" },
  { name: "LOW", strength: ["LOW"] },
  { name: "MEDIUM", strength: ["MEDIUM"] },
  { name: "HIGH", strength: ["HIGH"] },
  // FIPS 140-2 approved ciphersuite
  { name: "FIPS", enc: allBut(ALL_ENC, "eNULL"), strength: ["FIPS"] },
  // "EDH-" aliases to "DHE-" labels (for backward compatibility); still flagged HIGH although 3DES is MEDIUM.
  { name: "EDH-DSS-DES-CBC3-SHA", kx: ["kDHE"], au: ["aDSS"], enc: ["3DES"], mac: ["SHA1"], strength: ["HIGH", "FIPS"] },
  { name: "EDH-RSA-DES-CBC3-SHA", kx: ["kDHE"], au: ["aRSA"], enc: ["3DES"], mac: ["SHA1"], strength: ["HIGH", "FIPS"] }
];
var ALIASES_30 = [
  ...ALIASES_111.slice(0, -2),
  { name: "CBC", enc: ["DES", "3DES", "RC2", "IDEA", "AES128", "AES256", "CAMELLIA128", "CAMELLIA256", "SEED"] },
  { name: "kGOST18", kx: ["kGOST"] },
  { name: "MAGMA", enc: ["GOST89"] },
  { name: "KUZNYECHIK", enc: ["GOST8912"] },
  ...ALIASES_111.slice(-2)
];
var NOT_111_IN_102 = /* @__PURE__ */ new Set(["kECDHEPSK", "kDHEPSK", "kRSAPSK", "aGOST12", "aGOST", "AESCCM", "AESCCM8", "CHACHA20", "ARIA", "ARIAGCM", "ARIA128", "ARIA256", "GOST12", "TLSv1.0", "kGOST", "EDH-DSS-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "ALL", "COMPLEMENTOFDEFAULT", "PSK", "DH", "ECDH", "LOW", "MEDIUM", "HIGH", "FIPS"]);
var ALIASES_102 = [
  { name: "ALL", enc: allBut(ALL_ENC, "eNULL") },
  { name: "COMPLEMENTOFDEFAULT", kx: ["kDHE", "kECDHE"], au: ["aNULL"], enc: allBut(ALL_ENC, "eNULL") },
  ...ALIASES_111.filter((a) => !NOT_111_IN_102.has(a.name)),
  { name: "kDHr", kx: ["kDHr"] },
  { name: "kDHd", kx: ["kDHd"] },
  { name: "kDH", kx: ["kDHr", "kDHd"] },
  { name: "DH", kx: ["kDHr", "kDHd", "kDHE"] },
  { name: "kKRB5", kx: ["kKRB5"] },
  { name: "kECDHr", kx: ["kECDHr"] },
  { name: "kECDHe", kx: ["kECDHe"] },
  { name: "kECDH", kx: ["kECDHr", "kECDHe"] },
  { name: "ECDH", kx: ["kECDHr", "kECDHe", "kECDHE"] },
  { name: "kGOST", kx: ["kGOST"] },
  { name: "aKRB5", au: ["aKRB5"] },
  { name: "aDH", au: ["aDH"] },
  { name: "aECDH", au: ["aECDH"] },
  { name: "aGOST94", au: ["aGOST94"] },
  { name: "aGOST", au: ["aGOST94", "aGOST01"] },
  { name: "KRB5", kx: ["kKRB5"], au: ["aKRB5"] },
  { name: "PSK", kx: ["kPSK"], au: ["aPSK"] },
  { name: "DES", enc: ["DES"] },
  { name: "SSLv2", minProtocol: "SSLv2" },
  { name: "EXP", strength: ["EXPORT"] },
  { name: "EXPORT", strength: ["EXPORT"] },
  { name: "EXPORT40", strength: ["EXP40"] },
  { name: "EXPORT56", strength: ["EXP56"] },
  { name: "LOW", strength: ["LOW"] },
  { name: "MEDIUM", strength: ["MEDIUM"] },
  { name: "HIGH", strength: ["HIGH"] },
  { name: "FIPS", strength: ["FIPS"] }
];

// src/tls/suite-types.ts
function suite(code, openssl, iana, minProtocol, kx, au, enc, mac, bits, flags, extra = {}) {
  return {
    code,
    openssl,
    iana,
    minProtocol,
    kx,
    au,
    enc,
    mac,
    maxProtocol: extra.maxProtocol ?? "TLSv1.2",
    strengthBits: bits,
    algBits: extra.algBits ?? bits,
    flags: flags.split(" ").filter(Boolean)
  };
}
function formatCode(code) {
  const hex = (b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;
  return `${hex(code >> 8)},${hex(code & 255)}`;
}

// src/tls/suites-3.0.data.ts
var OPENSSL_30_SUITES = [
  suite(49196, "ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(49200, "ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(163, "DHE-DSS-AES256-GCM-SHA384", "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHE", "aDSS", "AES256GCM", "AEAD", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(159, "DHE-RSA-AES256-GCM-SHA384", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHE", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(52393, "ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52392, "ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kECDHE", "aRSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52394, "DHE-RSA-CHACHA20-POLY1305", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kDHE", "aRSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(49327, "ECDHE-ECDSA-AES256-CCM8", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", "TLSv1.2", "kECDHE", "aECDSA", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49325, "ECDHE-ECDSA-AES256-CCM", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", "TLSv1.2", "kECDHE", "aECDSA", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49315, "DHE-RSA-AES256-CCM8", "TLS_DHE_RSA_WITH_AES_256_CCM_8", "TLSv1.2", "kDHE", "aRSA", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49311, "DHE-RSA-AES256-CCM", "TLS_DHE_RSA_WITH_AES_256_CCM", "TLSv1.2", "kDHE", "aRSA", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49245, "ECDHE-ECDSA-ARIA256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49249, "ECDHE-ARIA256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49239, "DHE-DSS-ARIA256-GCM-SHA384", "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kDHE", "aDSS", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49235, "DHE-RSA-ARIA256-GCM-SHA384", "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kDHE", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(167, "ADH-AES256-GCM-SHA384", "TLS_DH_anon_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHE", "aNULL", "AES256GCM", "AEAD", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(49195, "ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49199, "ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(162, "DHE-DSS-AES128-GCM-SHA256", "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHE", "aDSS", "AES128GCM", "AEAD", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(158, "DHE-RSA-AES128-GCM-SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHE", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49326, "ECDHE-ECDSA-AES128-CCM8", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "TLSv1.2", "kECDHE", "aECDSA", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49324, "ECDHE-ECDSA-AES128-CCM", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", "TLSv1.2", "kECDHE", "aECDSA", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49314, "DHE-RSA-AES128-CCM8", "TLS_DHE_RSA_WITH_AES_128_CCM_8", "TLSv1.2", "kDHE", "aRSA", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49310, "DHE-RSA-AES128-CCM", "TLS_DHE_RSA_WITH_AES_128_CCM", "TLSv1.2", "kDHE", "aRSA", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49244, "ECDHE-ECDSA-ARIA128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49248, "ECDHE-ARIA128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49238, "DHE-DSS-ARIA128-GCM-SHA256", "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kDHE", "aDSS", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49234, "DHE-RSA-ARIA128-GCM-SHA256", "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kDHE", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(166, "ADH-AES128-GCM-SHA256", "TLS_DH_anon_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHE", "aNULL", "AES128GCM", "AEAD", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(49188, "ECDHE-ECDSA-AES256-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(49192, "ECDHE-RSA-AES256-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aRSA", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(107, "DHE-RSA-AES256-SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "AES256", "SHA256", 256, "HIGH FIPS"),
  suite(106, "DHE-DSS-AES256-SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "AES256", "SHA256", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(49267, "ECDHE-ECDSA-CAMELLIA256-SHA384", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49271, "ECDHE-RSA-CAMELLIA256-SHA384", "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aRSA", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(196, "DHE-RSA-CAMELLIA256-SHA256", "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(195, "DHE-DSS-CAMELLIA256-SHA256", "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(109, "ADH-AES256-SHA256", "TLS_DH_anon_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "AES256", "SHA256", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(197, "ADH-CAMELLIA256-SHA256", "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(49187, "ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(49191, "ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(103, "DHE-RSA-AES128-SHA256", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(64, "DHE-DSS-AES128-SHA256", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "AES128", "SHA256", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(49266, "ECDHE-ECDSA-CAMELLIA128-SHA256", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49270, "ECDHE-RSA-CAMELLIA128-SHA256", "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(190, "DHE-RSA-CAMELLIA128-SHA256", "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(189, "DHE-DSS-CAMELLIA128-SHA256", "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(108, "ADH-AES128-SHA256", "TLS_DH_anon_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "AES128", "SHA256", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(191, "ADH-CAMELLIA128-SHA256", "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49162, "ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHE", "aECDSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49172, "ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHE", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(57, "DHE-RSA-AES256-SHA", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kDHE", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(56, "DHE-DSS-AES256-SHA", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "SSLv3", "kDHE", "aDSS", "AES256", "SHA1", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(136, "DHE-RSA-CAMELLIA256-SHA", "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kDHE", "aRSA", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(135, "DHE-DSS-CAMELLIA256-SHA", "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kDHE", "aDSS", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(49177, "AECDH-AES256-SHA", "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHE", "aNULL", "AES256", "SHA1", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(58, "ADH-AES256-SHA", "TLS_DH_anon_WITH_AES_256_CBC_SHA", "SSLv3", "kDHE", "aNULL", "AES256", "SHA1", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(137, "ADH-CAMELLIA256-SHA", "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kDHE", "aNULL", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(49161, "ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHE", "aECDSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49171, "ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHE", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(51, "DHE-RSA-AES128-SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kDHE", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(50, "DHE-DSS-AES128-SHA", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "SSLv3", "kDHE", "aDSS", "AES128", "SHA1", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(69, "DHE-RSA-CAMELLIA128-SHA", "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kDHE", "aRSA", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(68, "DHE-DSS-CAMELLIA128-SHA", "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kDHE", "aDSS", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(49176, "AECDH-AES128-SHA", "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHE", "aNULL", "AES128", "SHA1", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(52, "ADH-AES128-SHA", "TLS_DH_anon_WITH_AES_128_CBC_SHA", "SSLv3", "kDHE", "aNULL", "AES128", "SHA1", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(70, "ADH-CAMELLIA128-SHA", "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kDHE", "aNULL", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(173, "RSA-PSK-AES256-GCM-SHA384", "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kRSAPSK", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(171, "DHE-PSK-AES256-GCM-SHA384", "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHEPSK", "aPSK", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(52398, "RSA-PSK-CHACHA20-POLY1305", "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kRSAPSK", "aRSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52397, "DHE-PSK-CHACHA20-POLY1305", "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kDHEPSK", "aPSK", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52396, "ECDHE-PSK-CHACHA20-POLY1305", "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kECDHEPSK", "aPSK", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(49323, "DHE-PSK-AES256-CCM8", "TLS_PSK_DHE_WITH_AES_256_CCM_8", "TLSv1.2", "kDHEPSK", "aPSK", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49319, "DHE-PSK-AES256-CCM", "TLS_DHE_PSK_WITH_AES_256_CCM", "TLSv1.2", "kDHEPSK", "aPSK", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49263, "RSA-PSK-ARIA256-GCM-SHA384", "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kRSAPSK", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49261, "DHE-PSK-ARIA256-GCM-SHA384", "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kDHEPSK", "aPSK", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(157, "AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kRSA", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(49313, "AES256-CCM8", "TLS_RSA_WITH_AES_256_CCM_8", "TLSv1.2", "kRSA", "aRSA", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49309, "AES256-CCM", "TLS_RSA_WITH_AES_256_CCM", "TLSv1.2", "kRSA", "aRSA", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49233, "ARIA256-GCM-SHA384", "TLS_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kRSA", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(169, "PSK-AES256-GCM-SHA384", "TLS_PSK_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kPSK", "aPSK", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(52395, "PSK-CHACHA20-POLY1305", "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kPSK", "aPSK", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(49321, "PSK-AES256-CCM8", "TLS_PSK_WITH_AES_256_CCM_8", "TLSv1.2", "kPSK", "aPSK", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49317, "PSK-AES256-CCM", "TLS_PSK_WITH_AES_256_CCM", "TLSv1.2", "kPSK", "aPSK", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49259, "PSK-ARIA256-GCM-SHA384", "TLS_PSK_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kPSK", "aPSK", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(172, "RSA-PSK-AES128-GCM-SHA256", "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kRSAPSK", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(170, "DHE-PSK-AES128-GCM-SHA256", "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHEPSK", "aPSK", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49322, "DHE-PSK-AES128-CCM8", "TLS_PSK_DHE_WITH_AES_128_CCM_8", "TLSv1.2", "kDHEPSK", "aPSK", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49318, "DHE-PSK-AES128-CCM", "TLS_DHE_PSK_WITH_AES_128_CCM", "TLSv1.2", "kDHEPSK", "aPSK", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49262, "RSA-PSK-ARIA128-GCM-SHA256", "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kRSAPSK", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49260, "DHE-PSK-ARIA128-GCM-SHA256", "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kDHEPSK", "aPSK", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(156, "AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kRSA", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49312, "AES128-CCM8", "TLS_RSA_WITH_AES_128_CCM_8", "TLSv1.2", "kRSA", "aRSA", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49308, "AES128-CCM", "TLS_RSA_WITH_AES_128_CCM", "TLSv1.2", "kRSA", "aRSA", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49232, "ARIA128-GCM-SHA256", "TLS_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kRSA", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(168, "PSK-AES128-GCM-SHA256", "TLS_PSK_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kPSK", "aPSK", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49320, "PSK-AES128-CCM8", "TLS_PSK_WITH_AES_128_CCM_8", "TLSv1.2", "kPSK", "aPSK", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49316, "PSK-AES128-CCM", "TLS_PSK_WITH_AES_128_CCM", "TLSv1.2", "kPSK", "aPSK", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49258, "PSK-ARIA128-GCM-SHA256", "TLS_PSK_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kPSK", "aPSK", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(61, "AES256-SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "AES256", "SHA256", 256, "HIGH FIPS"),
  suite(192, "CAMELLIA256-SHA256", "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(60, "AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(186, "CAMELLIA128-SHA256", "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49208, "ECDHE-PSK-AES256-CBC-SHA384", "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kECDHEPSK", "aPSK", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(49206, "ECDHE-PSK-AES256-CBC-SHA", "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHEPSK", "aPSK", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49186, "SRP-DSS-AES-256-CBC-SHA", "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA", "SSLv3", "kSRP", "aDSS", "AES256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(49185, "SRP-RSA-AES-256-CBC-SHA", "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kSRP", "aRSA", "AES256", "SHA1", 256, "HIGH"),
  suite(49184, "SRP-AES-256-CBC-SHA", "TLS_SRP_SHA_WITH_AES_256_CBC_SHA", "SSLv3", "kSRP", "aSRP", "AES256", "SHA1", 256, "HIGH"),
  suite(183, "RSA-PSK-AES256-CBC-SHA384", "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kRSAPSK", "aRSA", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(179, "DHE-PSK-AES256-CBC-SHA384", "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kDHEPSK", "aPSK", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(149, "RSA-PSK-AES256-CBC-SHA", "TLS_RSA_PSK_WITH_AES_256_CBC_SHA", "SSLv3", "kRSAPSK", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(145, "DHE-PSK-AES256-CBC-SHA", "TLS_DHE_PSK_WITH_AES_256_CBC_SHA", "SSLv3", "kDHEPSK", "aPSK", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49307, "ECDHE-PSK-CAMELLIA256-SHA384", "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kECDHEPSK", "aPSK", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49305, "RSA-PSK-CAMELLIA256-SHA384", "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kRSAPSK", "aRSA", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49303, "DHE-PSK-CAMELLIA256-SHA384", "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kDHEPSK", "aPSK", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(53, "AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kRSA", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(132, "CAMELLIA256-SHA", "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kRSA", "aRSA", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(175, "PSK-AES256-CBC-SHA384", "TLS_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kPSK", "aPSK", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(141, "PSK-AES256-CBC-SHA", "TLS_PSK_WITH_AES_256_CBC_SHA", "SSLv3", "kPSK", "aPSK", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49301, "PSK-CAMELLIA256-SHA384", "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kPSK", "aPSK", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49207, "ECDHE-PSK-AES128-CBC-SHA256", "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kECDHEPSK", "aPSK", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(49205, "ECDHE-PSK-AES128-CBC-SHA", "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHEPSK", "aPSK", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49183, "SRP-DSS-AES-128-CBC-SHA", "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA", "SSLv3", "kSRP", "aDSS", "AES128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(49182, "SRP-RSA-AES-128-CBC-SHA", "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kSRP", "aRSA", "AES128", "SHA1", 128, "HIGH"),
  suite(49181, "SRP-AES-128-CBC-SHA", "TLS_SRP_SHA_WITH_AES_128_CBC_SHA", "SSLv3", "kSRP", "aSRP", "AES128", "SHA1", 128, "HIGH"),
  suite(182, "RSA-PSK-AES128-CBC-SHA256", "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kRSAPSK", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(178, "DHE-PSK-AES128-CBC-SHA256", "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kDHEPSK", "aPSK", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(148, "RSA-PSK-AES128-CBC-SHA", "TLS_RSA_PSK_WITH_AES_128_CBC_SHA", "SSLv3", "kRSAPSK", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(144, "DHE-PSK-AES128-CBC-SHA", "TLS_DHE_PSK_WITH_AES_128_CBC_SHA", "SSLv3", "kDHEPSK", "aPSK", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49306, "ECDHE-PSK-CAMELLIA128-SHA256", "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kECDHEPSK", "aPSK", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49304, "RSA-PSK-CAMELLIA128-SHA256", "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kRSAPSK", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49302, "DHE-PSK-CAMELLIA128-SHA256", "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kDHEPSK", "aPSK", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(47, "AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kRSA", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(65, "CAMELLIA128-SHA", "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kRSA", "aRSA", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(174, "PSK-AES128-CBC-SHA256", "TLS_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kPSK", "aPSK", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(140, "PSK-AES128-CBC-SHA", "TLS_PSK_WITH_AES_128_CBC_SHA", "SSLv3", "kPSK", "aPSK", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49300, "PSK-CAMELLIA128-SHA256", "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kPSK", "aPSK", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49158, "ECDHE-ECDSA-NULL-SHA", "TLS_ECDHE_ECDSA_WITH_NULL_SHA", "TLSv1", "kECDHE", "aECDSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(49168, "ECDHE-RSA-NULL-SHA", "TLS_ECDHE_RSA_WITH_NULL_SHA", "TLSv1", "kECDHE", "aRSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(49173, "AECDH-NULL-SHA", "TLS_ECDH_anon_WITH_NULL_SHA", "TLSv1", "kECDHE", "aNULL", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(59, "NULL-SHA256", "TLS_RSA_WITH_NULL_SHA256", "TLSv1.2", "kRSA", "aRSA", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(49211, "ECDHE-PSK-NULL-SHA384", "TLS_ECDHE_PSK_WITH_NULL_SHA384", "TLSv1", "kECDHEPSK", "aPSK", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(49210, "ECDHE-PSK-NULL-SHA256", "TLS_ECDHE_PSK_WITH_NULL_SHA256", "TLSv1", "kECDHEPSK", "aPSK", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(49209, "ECDHE-PSK-NULL-SHA", "TLS_ECDHE_PSK_WITH_NULL_SHA", "TLSv1", "kECDHEPSK", "aPSK", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(185, "RSA-PSK-NULL-SHA384", "TLS_RSA_PSK_WITH_NULL_SHA384", "TLSv1", "kRSAPSK", "aRSA", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(184, "RSA-PSK-NULL-SHA256", "TLS_RSA_PSK_WITH_NULL_SHA256", "TLSv1", "kRSAPSK", "aRSA", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(181, "DHE-PSK-NULL-SHA384", "TLS_DHE_PSK_WITH_NULL_SHA384", "TLSv1", "kDHEPSK", "aPSK", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(180, "DHE-PSK-NULL-SHA256", "TLS_DHE_PSK_WITH_NULL_SHA256", "TLSv1", "kDHEPSK", "aPSK", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(46, "RSA-PSK-NULL-SHA", "TLS_RSA_PSK_WITH_NULL_SHA", "SSLv3", "kRSAPSK", "aRSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(45, "DHE-PSK-NULL-SHA", "TLS_DHE_PSK_WITH_NULL_SHA", "SSLv3", "kDHEPSK", "aPSK", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(2, "NULL-SHA", "TLS_RSA_WITH_NULL_SHA", "SSLv3", "kRSA", "aRSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(1, "NULL-MD5", "TLS_RSA_WITH_NULL_MD5", "SSLv3", "kRSA", "aRSA", "eNULL", "MD5", 0, "STRONG_NONE"),
  suite(177, "PSK-NULL-SHA384", "TLS_PSK_WITH_NULL_SHA384", "TLSv1", "kPSK", "aPSK", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(176, "PSK-NULL-SHA256", "TLS_PSK_WITH_NULL_SHA256", "TLSv1", "kPSK", "aPSK", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(44, "PSK-NULL-SHA", "TLS_PSK_WITH_NULL_SHA", "SSLv3", "kPSK", "aPSK", "eNULL", "SHA1", 0, "STRONG_NONE")
];

// src/tls/suites-legacy.data.ts
var OLD = { maxProtocol: "TLSv1.1" };
var X3DES = { algBits: 168 };
var OPENSSL_111_ONLY_SUITES = [
  suite(49170, "ECDHE-RSA-DES-CBC3-SHA", "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHE", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(49160, "ECDHE-ECDSA-DES-CBC3-SHA", "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHE", "aECDSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(49175, "AECDH-DES-CBC3-SHA", "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHE", "aNULL", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(49180, "SRP-DSS-3DES-EDE-CBC-SHA", "TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kSRP", "aDSS", "3DES", "SHA1", 112, "MEDIUM NOT_DEFAULT", X3DES),
  suite(49179, "SRP-RSA-3DES-EDE-CBC-SHA", "TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kSRP", "aRSA", "3DES", "SHA1", 112, "MEDIUM NOT_DEFAULT", X3DES),
  suite(49178, "SRP-3DES-EDE-CBC-SHA", "TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kSRP", "aSRP", "3DES", "SHA1", 112, "MEDIUM NOT_DEFAULT", X3DES),
  suite(49204, "ECDHE-PSK-3DES-EDE-CBC-SHA", "TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHEPSK", "aPSK", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(155, "ADH-SEED-SHA", "TLS_DH_anon_WITH_SEED_CBC_SHA", "SSLv3", "kDHE", "aNULL", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(154, "DHE-RSA-SEED-SHA", "TLS_DHE_RSA_WITH_SEED_CBC_SHA", "SSLv3", "kDHE", "aRSA", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(153, "DHE-DSS-SEED-SHA", "TLS_DHE_DSS_WITH_SEED_CBC_SHA", "SSLv3", "kDHE", "aDSS", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(150, "SEED-SHA", "TLS_RSA_WITH_SEED_CBC_SHA", "SSLv3", "kRSA", "aRSA", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(147, "RSA-PSK-3DES-EDE-CBC-SHA", "TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kRSAPSK", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(143, "DHE-PSK-3DES-EDE-CBC-SHA", "TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHEPSK", "aPSK", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(139, "PSK-3DES-EDE-CBC-SHA", "TLS_PSK_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kPSK", "aPSK", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(27, "ADH-DES-CBC3-SHA", "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHE", "aNULL", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(22, "DHE-RSA-DES-CBC3-SHA", "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHE", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(19, "DHE-DSS-DES-CBC3-SHA", "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHE", "aDSS", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(10, "DES-CBC3-SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kRSA", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(7, "IDEA-CBC-SHA", "TLS_RSA_WITH_IDEA_CBC_SHA", "SSLv3", "kRSA", "aRSA", "IDEA", "SHA1", 128, "MEDIUM NOT_DEFAULT", OLD)
];
var OPENSSL_111_OPTIONAL_SUITES = [
  suite(49203, "ECDHE-PSK-RC4-SHA", "TLS_ECDHE_PSK_WITH_RC4_128_SHA", "TLSv1", "kECDHEPSK", "aPSK", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(49174, "AECDH-RC4-SHA", "TLS_ECDH_anon_WITH_RC4_128_SHA", "TLSv1", "kECDHE", "aNULL", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(49169, "ECDHE-RSA-RC4-SHA", "TLS_ECDHE_RSA_WITH_RC4_128_SHA", "TLSv1", "kECDHE", "aRSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(49159, "ECDHE-ECDSA-RC4-SHA", "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", "TLSv1", "kECDHE", "aECDSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(146, "RSA-PSK-RC4-SHA", "TLS_RSA_PSK_WITH_RC4_128_SHA", "SSLv3", "kRSAPSK", "aRSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(142, "DHE-PSK-RC4-SHA", "TLS_DHE_PSK_WITH_RC4_128_SHA", "SSLv3", "kDHEPSK", "aPSK", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(138, "PSK-RC4-SHA", "TLS_PSK_WITH_RC4_128_SHA", "SSLv3", "kPSK", "aPSK", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(131, "GOST2001-NULL-GOST94", "TLS_GOSTR341001_WITH_NULL_GOSTR3411", "SSLv3", "kGOST", "aGOST01", "eNULL", "GOST94", 0, "STRONG_NONE"),
  suite(129, "GOST2001-GOST89-GOST89", "TLS_GOSTR341001_WITH_28147_CNT_IMIT", "SSLv3", "kGOST", "aGOST01", "GOST89", "GOST89MAC", 256, "HIGH"),
  suite(24, "ADH-RC4-MD5", "TLS_DH_anon_WITH_RC4_128_MD5", "SSLv3", "kDHE", "aNULL", "RC4", "MD5", 128, "MEDIUM NOT_DEFAULT"),
  suite(5, "RC4-SHA", "TLS_RSA_WITH_RC4_128_SHA", "SSLv3", "kRSA", "aRSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(4, "RC4-MD5", "TLS_RSA_WITH_RC4_128_MD5", "SSLv3", "kRSA", "aRSA", "RC4", "MD5", 128, "MEDIUM NOT_DEFAULT")
];
var EXP40 = "EXPORT EXP40";
var OPENSSL_102_ONLY_SUITES = [
  suite(49202, "ECDH-RSA-AES256-GCM-SHA384", "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHr", "aECDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(49201, "ECDH-RSA-AES128-GCM-SHA256", "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHr", "aECDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(49198, "ECDH-ECDSA-AES256-GCM-SHA384", "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHe", "aECDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(49197, "ECDH-ECDSA-AES128-GCM-SHA256", "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHe", "aECDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(49194, "ECDH-RSA-AES256-SHA384", "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHr", "aECDH", "AES256", "SHA384", 256, "NOT_EXP HIGH FIPS"),
  suite(49193, "ECDH-RSA-AES128-SHA256", "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHr", "aECDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(49190, "ECDH-ECDSA-AES256-SHA384", "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHe", "aECDH", "AES256", "SHA384", 256, "NOT_EXP HIGH FIPS"),
  suite(49189, "ECDH-ECDSA-AES128-SHA256", "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHe", "aECDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(49167, "ECDH-RSA-AES256-SHA", "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHr", "aECDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(49166, "ECDH-RSA-AES128-SHA", "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHr", "aECDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(49165, "ECDH-RSA-DES-CBC3-SHA", "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHr", "aECDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(49164, "ECDH-RSA-RC4-SHA", "TLS_ECDH_RSA_WITH_RC4_128_SHA", "TLSv1", "kECDHr", "aECDH", "RC4", "SHA1", 128, "NOT_EXP MEDIUM"),
  suite(49163, "ECDH-RSA-NULL-SHA", "TLS_ECDH_RSA_WITH_NULL_SHA", "TLSv1", "kECDHr", "aECDH", "eNULL", "SHA1", 0, "NOT_EXP STRONG_NONE FIPS"),
  suite(49157, "ECDH-ECDSA-AES256-SHA", "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHe", "aECDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(49156, "ECDH-ECDSA-AES128-SHA", "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHe", "aECDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(49155, "ECDH-ECDSA-DES-CBC3-SHA", "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHe", "aECDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(49154, "ECDH-ECDSA-RC4-SHA", "TLS_ECDH_ECDSA_WITH_RC4_128_SHA", "TLSv1", "kECDHe", "aECDH", "RC4", "SHA1", 128, "NOT_EXP MEDIUM"),
  suite(49153, "ECDH-ECDSA-NULL-SHA", "TLS_ECDH_ECDSA_WITH_NULL_SHA", "TLSv1", "kECDHe", "aECDH", "eNULL", "SHA1", 0, "NOT_EXP STRONG_NONE FIPS"),
  suite(165, "DH-DSS-AES256-GCM-SHA384", "TLS_DH_DSS_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHd", "aDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(164, "DH-DSS-AES128-GCM-SHA256", "TLS_DH_DSS_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHd", "aDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(161, "DH-RSA-AES256-GCM-SHA384", "TLS_DH_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHr", "aDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(160, "DH-RSA-AES128-GCM-SHA256", "TLS_DH_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHr", "aDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(105, "DH-RSA-AES256-SHA256", "TLS_DH_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHr", "aDH", "AES256", "SHA256", 256, "NOT_EXP HIGH FIPS"),
  suite(104, "DH-DSS-AES256-SHA256", "TLS_DH_DSS_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHd", "aDH", "AES256", "SHA256", 256, "NOT_EXP HIGH FIPS"),
  suite(63, "DH-RSA-AES128-SHA256", "TLS_DH_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHr", "aDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(62, "DH-DSS-AES128-SHA256", "TLS_DH_DSS_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHd", "aDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(55, "DH-RSA-AES256-SHA", "TLS_DH_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kDHr", "aDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(54, "DH-DSS-AES256-SHA", "TLS_DH_DSS_WITH_AES_256_CBC_SHA", "SSLv3", "kDHd", "aDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(49, "DH-RSA-AES128-SHA", "TLS_DH_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kDHr", "aDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(48, "DH-DSS-AES128-SHA", "TLS_DH_DSS_WITH_AES_128_CBC_SHA", "SSLv3", "kDHd", "aDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(25, "EXP-ADH-DES-CBC-SHA", "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kDHE", "aNULL", "DES", "SHA1", 40, EXP40, { algBits: 128 }),
  suite(23, "EXP-ADH-RC4-MD5", "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", "SSLv3", "kDHE", "aNULL", "RC4", "MD5", 40, EXP40, { algBits: 128 }),
  suite(21, "EDH-RSA-DES-CBC-SHA", "TLS_DHE_RSA_WITH_DES_CBC_SHA", "SSLv3", "kDHE", "aRSA", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(20, "EXP-EDH-RSA-DES-CBC-SHA", "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kDHE", "aRSA", "DES", "SHA1", 40, EXP40, { algBits: 56 }),
  suite(18, "EDH-DSS-DES-CBC-SHA", "TLS_DHE_DSS_WITH_DES_CBC_SHA", "SSLv3", "kDHE", "aDSS", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(17, "EXP-EDH-DSS-DES-CBC-SHA", "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kDHE", "aDSS", "DES", "SHA1", 40, EXP40, { algBits: 56 }),
  suite(26, "ADH-DES-CBC-SHA", "TLS_DH_anon_WITH_DES_CBC_SHA", "SSLv3", "kDHE", "aNULL", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(16, "DH-RSA-DES-CBC3-SHA", "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHr", "aDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(13, "DH-DSS-DES-CBC3-SHA", "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHd", "aDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(9, "DES-CBC-SHA", "TLS_RSA_WITH_DES_CBC_SHA", "SSLv3", "kRSA", "aRSA", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(8, "EXP-DES-CBC-SHA", "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kRSA", "aRSA", "DES", "SHA1", 40, EXP40, { algBits: 56 }),
  suite(6, "EXP-RC2-CBC-MD5", "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", "SSLv3", "kRSA", "aRSA", "RC2", "MD5", 40, EXP40, { algBits: 128 }),
  suite(3, "EXP-RC4-MD5", "TLS_RSA_EXPORT_WITH_RC4_40_MD5", "SSLv3", "kRSA", "aRSA", "RC4", "MD5", 40, EXP40, { algBits: 128 })
];
var OPENSSL_102_RENAMES = {
  "DHE-RSA-DES-CBC3-SHA": "EDH-RSA-DES-CBC3-SHA",
  "DHE-DSS-DES-CBC3-SHA": "EDH-DSS-DES-CBC3-SHA"
};

// src/tls/openssl-builds.ts
var byCodeDescending = (a, b) => b.code - a.code;
var ECDHE = ["kECDHE"];
var EPHEMERAL = ["kDHE", "kECDHE"];
var ORDER_111 = [
  { action: "ADD", select: { kx: ECDHE, au: ["aECDSA"] } },
  { action: "ADD", select: { kx: ECDHE } },
  { action: "DEL", select: { kx: ECDHE } },
  // Within each strength group, we prefer GCM over CHACHA...
  { action: "ADD", select: { enc: ["AES128GCM", "AES256GCM"] } },
  { action: "ADD", select: { enc: ["CHACHA20POLY1305"] } },
  // ...and generally, our preferred cipher is AES (SSL_AES ^ SSL_AESGCM).
  { action: "ADD", select: { enc: ["AES128", "AES256", "AES128CCM", "AES256CCM", "AES128CCM8", "AES256CCM8"] } },
  { action: "ADD" },
  { action: "ORD", select: { mac: ["MD5"] } },
  { action: "ORD", select: { au: ["aNULL"] } },
  { action: "ORD", select: { kx: ["kRSA"] } },
  { action: "ORD", select: { kx: ["kPSK"] } },
  { action: "ORD", select: { enc: ["RC4"] } },
  { action: "STRENGTH" },
  // Partially overrule strength sort to prefer TLS 1.2 ciphers/PRFs, then (EC)DHE + AEAD > (EC)DHE > AEAD > rest.
  { action: "BUMP", select: { minProtocol: "TLSv1.2" } },
  { action: "BUMP", select: { mac: ["AEAD"] } },
  { action: "BUMP", select: { kx: EPHEMERAL } },
  { action: "BUMP", select: { kx: EPHEMERAL, mac: ["AEAD"] } },
  { action: "DEL" }
];
var ORDER_102 = [
  { action: "ADD", select: { kx: ECDHE, au: ["aECDSA"] } },
  { action: "ADD", select: { kx: ECDHE } },
  { action: "DEL", select: { kx: ECDHE } },
  { action: "ADD", select: { enc: ["AES128", "AES256", "AES128GCM", "AES256GCM"] } },
  { action: "ADD" },
  { action: "ORD", select: { mac: ["MD5"] } },
  { action: "ORD", select: { au: ["aNULL"] } },
  { action: "ORD", select: { au: ["aECDH"] } },
  { action: "ORD", select: { kx: ["kRSA"] } },
  { action: "ORD", select: { kx: ["kPSK"] } },
  { action: "ORD", select: { kx: ["kKRB5"] } },
  { action: "ORD", select: { enc: ["RC4"] } },
  { action: "STRENGTH" },
  { action: "DEL" }
];
var TLS13_SUITES = [
  { code: 4865, name: "TLS_AES_128_GCM_SHA256", enc: "AES128GCM", strengthBits: 128 },
  { code: 4866, name: "TLS_AES_256_GCM_SHA384", enc: "AES256GCM", strengthBits: 256 },
  { code: 4867, name: "TLS_CHACHA20_POLY1305_SHA256", enc: "CHACHA20POLY1305", strengthBits: 256 },
  { code: 4868, name: "TLS_AES_128_CCM_SHA256", enc: "AES128CCM", strengthBits: 128 },
  { code: 4869, name: "TLS_AES_128_CCM_8_SHA256", enc: "AES128CCM8", strengthBits: 128 }
];
var TLS13_DEFAULT = ["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256"];
var STRENGTH_GROUPS_111 = [["STRONG_NONE", "LOW", "MEDIUM", "HIGH", "FIPS"], ["NOT_DEFAULT"]];
var BUILD_30 = {
  version: "3.0",
  suites: [...OPENSSL_30_SUITES].sort(byCodeDescending),
  aliases: ALIASES_30,
  defaultCipherList: "ALL:!COMPLEMENTOFDEFAULT:!eNULL",
  strengthGroups: STRENGTH_GROUPS_111,
  strongOverwrites: true,
  order: ORDER_111,
  // Debian and most distributions build 3.0 with -DOPENSSL_TLS_SECURITY_LEVEL=2 (upstream's default is 1).
  defaultSecurityLevel: 2,
  tls13Suites: TLS13_SUITES,
  tls13Default: TLS13_DEFAULT,
  tls13SkipsUnknown: true
};
var BUILD_111 = {
  ...BUILD_30,
  version: "1.1.1",
  suites: [...OPENSSL_30_SUITES, ...OPENSSL_111_ONLY_SUITES].sort(byCodeDescending),
  aliases: ALIASES_111,
  defaultSecurityLevel: 1,
  tls13SkipsUnknown: false
};
function existedIn102(suite2) {
  if (["CHACHA20POLY1305", "ARIA128GCM", "ARIA256GCM", "AES128CCM", "AES256CCM", "AES128CCM8", "AES256CCM8"].includes(suite2.enc)) return false;
  if (["kECDHEPSK", "kDHEPSK", "kRSAPSK"].includes(suite2.kx)) return false;
  if (suite2.kx === "kPSK") return suite2.code === 140 || suite2.code === 141;
  if (suite2.enc.startsWith("CAMELLIA")) return suite2.mac === "SHA1";
  return true;
}
function as102(suite2) {
  const flags = suite2.flags.filter((f) => f !== "NOT_DEFAULT");
  const renamed = OPENSSL_102_RENAMES[suite2.openssl];
  return { ...suite2, openssl: renamed ?? suite2.openssl, flags: flags.includes("EXPORT") || flags.includes("NOT_EXP") ? flags : ["NOT_EXP", ...flags] };
}
var BUILD_102 = {
  version: "1.0.2",
  suites: [
    ...OPENSSL_30_SUITES.filter(existedIn102),
    ...OPENSSL_111_ONLY_SUITES.filter(existedIn102),
    ...OPENSSL_111_OPTIONAL_SUITES.filter((s) => s.enc === "RC4" && existedIn102(s)),
    ...OPENSSL_102_ONLY_SUITES
  ].map(as102).sort(byCodeDescending),
  aliases: ALIASES_102,
  defaultCipherList: "ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2",
  strengthGroups: [["EXP40", "EXP56", "LOW", "MEDIUM", "HIGH", "FIPS", "STRONG_NONE"], ["NOT_EXP", "EXPORT"]],
  strongOverwrites: false,
  order: ORDER_102,
  defaultSecurityLevel: null,
  tls13Suites: [],
  tls13Default: [],
  tls13SkipsUnknown: false
};
var BUILDS = { "3.0": BUILD_30, "1.1.1": BUILD_111, "1.0.2": BUILD_102 };
function getBuild(version) {
  return BUILDS[version];
}
var KNOWN_SUITES = firstByName([
  ...OPENSSL_30_SUITES,
  ...OPENSSL_111_ONLY_SUITES,
  ...OPENSSL_111_OPTIONAL_SUITES,
  ...OPENSSL_102_ONLY_SUITES,
  ...BUILD_102.suites
]);
function firstByName(suites) {
  const map2 = /* @__PURE__ */ new Map();
  for (const suite2 of suites) if (!map2.has(suite2.openssl)) map2.set(suite2.openssl, suite2);
  return map2;
}
var KNOWN_ALIASES = new Set([...ALIASES_30, ...ALIASES_111, ...ALIASES_102].map((a) => a.name));
var TLS13_BY_NAME = new Map(TLS13_SUITES.map((s) => [s.name, s]));

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
function matchesStrength(selector, suite2, build) {
  for (const group of build.strengthGroups) {
    const wanted = group.filter((f) => selector.strength.has(f));
    if (wanted.length > 0 && !wanted.some((f) => suite2.flags.includes(f))) return false;
  }
  return true;
}
function matches(selector, suite2, build) {
  if (selector.code !== void 0 && selector.code !== suite2.code) return false;
  if (selector.kx && !selector.kx.has(suite2.kx)) return false;
  if (selector.au && !selector.au.has(suite2.au)) return false;
  if (selector.enc && !selector.enc.has(suite2.enc)) return false;
  if (selector.mac && !selector.mac.has(suite2.mac)) return false;
  if (selector.minProtocol && selector.minProtocol !== suite2.minProtocol) return false;
  return matchesStrength(selector, suite2, build);
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
  const last2 = reverse ? list.head : list.tail;
  let curr = null;
  for (; ; ) {
    if (curr === last2) break;
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
  const nodes = suites.map((suite2) => ({ suite: suite2, active: false, prev: null, next: null }));
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
    for (const suite2 of build.suites) table.set(suite2.openssl, { kind: "suite", suite: suite2 });
    for (const alias of build.aliases) if (!table.has(alias.name)) table.set(alias.name, { kind: "alias", alias });
    lookupTables.set(build.version, table);
  }
  return table;
}
function intersect(selector, key, values2) {
  if (!values2) return true;
  const current = selector[key];
  const next = current ? new Set(values2.filter((v) => current.has(v))) : new Set(values2);
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
  state.unknown.push({ term: name, offset: state.base + at, reason: known ? "not-in-build" : "unknown" });
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
  const key = `${version}\0${cipherString}`;
  let result = cache.get(key);
  if (!result) {
    result = expandUncached(cipherString, version);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
    cache.set(key, result);
  }
  return result;
}

// src/tls/negotiable.ts
init_types();
var MIN_BITS = [0, 80, 112, 128, 192, 256];
function securityLevelAllows(suite2, level) {
  if (level === null || level <= 0) return true;
  const minBits = MIN_BITS[Math.min(level, 5)];
  if (suite2.strengthBits < minBits) return false;
  if (suite2.au === "aNULL" || suite2.mac === "MD5") return false;
  if (minBits > 160 && suite2.mac === "SHA1") return false;
  if (level >= 2 && suite2.enc === "RC4") return false;
  if (level >= 3 && !["kDHE", "kECDHE", "kDHEPSK", "kECDHEPSK"].includes(suite2.kx)) return false;
  return true;
}
function needsServerExtras(suite2) {
  return ["aPSK", "aSRP"].includes(suite2.au) || ["kPSK", "kRSAPSK", "kDHEPSK", "kECDHEPSK", "kSRP"].includes(suite2.kx);
}
var PROTOCOL_INDEX = (p) => TLS_PROTOCOLS.indexOf(p);
function suiteUsableWith(suite2, protocols) {
  const min = PROTOCOL_INDEX(suite2.minProtocol);
  const max = PROTOCOL_INDEX(suite2.maxProtocol);
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
function suiteFitsKeyType(suite2, keyType) {
  if (keyType === "unknown") return true;
  if (suite2.au === "aNULL") return true;
  if (suite2.au === "aRSA") return keyType === "rsa";
  if (suite2.au === "aECDSA") return keyType === "ec" || keyType === "ed25519" || keyType === "ed448";
  if (suite2.au === "aDSS") return keyType === "dsa";
  return false;
}

// src/tls/endpoint-ciphers.ts
function rangeKey(range) {
  return `${range.file}:${range.start.offset}:${range.end.offset}`;
}
function cipherTargets(model, openssl) {
  const seen = /* @__PURE__ */ new Set();
  const targets = [];
  for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
    const setting2 = endpoint.ciphers;
    const range = setting2.source ? setting2.valueRange ?? setting2.source : endpoint.range;
    if (seen.has(rangeKey(range))) continue;
    seen.add(rangeKey(range));
    targets.push({ endpoint, range, isDefault: setting2.source === null, ...offeredSuites(endpoint, openssl) });
  }
  return targets;
}
function offeredSuites(endpoint, openssl) {
  const expansion = expandCipherString(endpoint.ciphers.value, openssl);
  const legacyProtocols = negotiableProtocols(endpoint.protocols.value, openssl, expansion.securityLevel).filter((p) => p !== "TLSv1.3");
  const negotiable = negotiableSuites(expansion, { protocols: legacyProtocols }).filter((s) => s.kx !== "kDHE" || hasDhParameters(endpoint));
  return { expansion, negotiable, legacyProtocols };
}
function hasDhParameters(endpoint) {
  return endpoint.dialect !== "nginx" || endpoint.dhparam.value !== null;
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

// src/tls/suite-classes.ts
function weaknessOf(suite2) {
  if (suite2.enc === "eNULL") return "no encryption";
  if (suite2.au === "aNULL") return "no authentication";
  if (suite2.flags.includes("EXPORT") || suite2.flags.includes("EXP40") || suite2.flags.includes("EXP56")) return "export grade";
  if (suite2.enc === "RC4") return "RC4";
  if (suite2.enc === "DES" || suite2.enc === "RC2") return `${suite2.enc} ${suite2.strengthBits}-bit`;
  if (suite2.enc === "3DES" || suite2.enc === "IDEA") return `${suite2.enc} 64-bit block`;
  if (suite2.mac === "MD5") return "MD5 MAC";
  if (suite2.strengthBits < 112) return `${suite2.strengthBits}-bit strength`;
  return null;
}
var FORWARD_SECRET = ["kDHE", "kECDHE", "kDHEPSK", "kECDHEPSK", "kSRP"];
function hasForwardSecrecy(suite2) {
  return FORWARD_SECRET.includes(suite2.kx);
}
function inProfile(suite2, profile) {
  return profile.opensslCiphers.includes(suite2.openssl);
}
function describeSuite(suite2) {
  return `${suite2.openssl} (${suite2.iana})`;
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
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const staticKx = target.negotiable.filter((s) => !hasForwardSecrecy(s));
      if (staticKx.length === 0) continue;
      const data = { value: target.endpoint.ciphers.value, count: staticKx.length, suites: describeSuites(staticKx) };
      ctx.report("noForwardSecrecy", data, target.range);
    }
  }
});

// rules/cipher-no-usable-suite.ts
var KEY_NAMES = { rsa: "RSA", ec: "ECDSA", ed25519: "Ed25519", ed448: "Ed448", dsa: "DSA", unknown: "unknown" };
function knownKeyTypes(target) {
  return target.endpoint.certificates.map((c) => c.info?.keyType).filter((k) => k !== void 0 && k !== "unknown");
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
    noneForProtocols: (p) => `Missing cipher suite for ${p.protocols}: "${p.value}" leaves none OpenSSL will negotiate`,
    noneForKey: (p) => `Missing cipher suite for the ${p.keys} certificate: "${p.value}" enables none that it can sign`
  },
  check(model, ctx) {
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const value = target.endpoint.ciphers.value;
      if (target.expansion.error) {
        ctx.report("rejected", { value, reason: target.expansion.error.kind }, target.range);
        continue;
      }
      if (target.legacyProtocols.length === 0) continue;
      if (target.negotiable.length === 0) {
        ctx.report("noneForProtocols", { value, protocols: target.legacyProtocols.join(", ") }, target.range);
        continue;
      }
      const keys2 = knownKeyTypes(target);
      if (keys2.length > 0 && !target.negotiable.some((s) => keys2.some((k) => suiteFitsKeyType(s, k)))) {
        ctx.report("noneForKey", { value, keys: keys2.map((k) => KEY_NAMES[k]).join(" and ") }, target.range);
      }
    }
  }
});

// rules/cipher-not-in-profile.ts
var cipher_not_in_profile_default = defineRule({
  id: "cipher-not-in-profile",
  description: "Cipher string enables suites outside the Mozilla profile",
  howToFix: "Set `ssl_ciphers` to the profile's list (`tlslint ciphers` shows what a string enables)",
  severity: "warning",
  tags: ["ciphers", "profile"],
  profiles: ["modern", "intermediate", "old"],
  messages: {
    outside: (p) => `Expected only suites of the Mozilla ${p.profile} profile, got ${p.count} others from "${p.value}": ${p.suites}`
  },
  check(model, ctx) {
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const outside = target.negotiable.filter((s) => !inProfile(s, ctx.profile));
      if (outside.length === 0) continue;
      const data = { value: target.endpoint.ciphers.value, profile: ctx.profile.name, count: outside.length, suites: describeSuites(outside) };
      ctx.report("outside", data, target.range);
    }
  }
});

// rules/cipher-unknown.ts
init_types();

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
    else unknownTerms.push({ term: text, offset, reason: TLS13_BY_NAME.has(text) || BY_IANA.has(text) ? "not-in-build" : "unknown" });
  }
  const matched = suites.length + misplaced.length;
  const failed = value.trim() !== "" && (build.tls13Suites.length === 0 || matched === 0 || !build.tls13SkipsUnknown && unknownTerms.length > 0);
  return { value, openssl: version, suites, misplaced, unknownTerms, error: failed ? "no cipher match" : null };
}

// rules/cipher-unknown.ts
var BY_IANA2 = new Map([...KNOWN_SUITES.values()].map((s) => [s.iana, s.openssl]));
function writtenSettings(model, pick) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
    const setting2 = pick(endpoint);
    const range = setting2.valueRange ?? setting2.source;
    if (!range) continue;
    const key = `${range.file}:${range.start.offset}:${range.end.offset}`;
    if (!seen.has(key)) out.push({ setting: setting2, range });
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
    unknownCiphersuite: (p) => `Unknown TLS 1.3 ciphersuite "${p.term}"; OpenSSL ignores it`
  },
  check(model, ctx) {
    const openssl = ctx.options.openssl;
    const report2 = (term, setting2, range, tls13) => {
      const at = setting2.valueRange ? rangeInsideValue(setting2.valueRange, setting2.value, term.offset, term.term.length) : range;
      const iana = BY_IANA2.get(term.term);
      if (iana && !tls13) ctx.report("ianaName", { term: term.term, name: iana }, at);
      else if (TLS13_BY_NAME.has(term.term) && !tls13) ctx.report("tls13InCipherString", { term: term.term }, at);
      else if (term.reason === "not-in-build") ctx.report("notInBuild", { term: term.term, openssl }, at);
      else ctx.report(tls13 ? "unknownCiphersuite" : "unknown", { term: term.term }, at);
    };
    for (const { setting: setting2, range } of writtenSettings(model, (e) => e.ciphers)) {
      for (const term of expandCipherString(setting2.value, openssl).unknownTerms) report2(term, setting2, range, false);
    }
    for (const { setting: setting2, range } of writtenSettings(model, (e) => e.ciphersuites)) {
      for (const term of parseCiphersuites(setting2.value, openssl).unknownTerms) report2(term, setting2, range, true);
    }
  }
});

// rules/cipher-weak.ts
function fixFor(target, profile) {
  const replacement = profileCipherString(profile);
  const valueRange = target.endpoint.ciphers.valueRange;
  if (target.isDefault || !valueRange || replacement === "") return void 0;
  return { description: `Use the Mozilla ${profile.name} cipher list`, edits: [{ range: valueRange, text: replacement }] };
}
var cipher_weak_default = defineRule({
  id: "cipher-weak",
  description: "Cipher string enables insecure cipher suites",
  howToFix: "Set `ssl_ciphers` to the profile's list",
  severity: "error",
  tags: ["ciphers"],
  profiles: ["modern", "intermediate", "old"],
  fixable: true,
  messages: {
    weak: (p) => `Weak cipher suites enabled by "${p.value}": ${p.suites}`,
    refused: (p) => `Weak cipher suites requested by "${p.value}": ${p.suites} (OpenSSL ${p.openssl} refuses them at security level ${p.level})`
  },
  check(model, ctx) {
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const value = target.endpoint.ciphers.value;
      const fix = fixFor(target, ctx.profile);
      const weak = target.negotiable.filter((s) => weaknessOf(s) !== null);
      if (weak.length > 0) {
        ctx.report("weak", { value, suites: describeSuites(weak) }, target.range, { fix });
        continue;
      }
      const level = target.expansion.securityLevel;
      const refused = target.expansion.suites.filter((s) => weaknessOf(s) !== null && !securityLevelAllows(s, level));
      if (refused.length > 0 && level !== null && !target.isDefault) {
        ctx.report("refused", { value, suites: describeSuites(refused), openssl: ctx.options.openssl, level }, target.range, { fix });
      }
    }
  }
});

// src/model/hsts.ts
var PRELOAD_MIN_MAX_AGE = 31536e3;
var KNOWN_DIRECTIVES = { "max-age": "max-age", includesubdomains: "includeSubDomains", preload: "preload" };
var TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
function isHstsHeader(header) {
  return header.name.toLowerCase() === "strict-transport-security";
}
function hstsHeadersOf(headers) {
  return headers.filter((h) => isHstsHeader(h) && h.value !== "");
}
function containsVariables(value) {
  return /\$(\{|[A-Za-z0-9_])/.test(value);
}
function rangeInValue(header, span) {
  const { valueRange, value } = header;
  if (valueRange.start.line !== valueRange.end.line) return null;
  const written = valueRange.end.offset - valueRange.start.offset;
  if (written !== value.length && written !== value.length + 2) return null;
  const shift = (written === value.length ? 0 : 1) + span.offset;
  const at = (delta) => ({ line: valueRange.start.line, column: valueRange.start.column + delta, offset: valueRange.start.offset + delta });
  return { file: valueRange.file, start: at(shift), end: at(shift + span.length) };
}
function nginxHstsDirective(value, always) {
  const quoted = `"${value.replace(/["\\]/g, "\\$&")}"`;
  return `add_header Strict-Transport-Security ${quoted}${always ? " always" : ""};`;
}
function parseHsts(value) {
  const policy = { maxAge: null, maxAgeSpan: null, includeSubDomains: false, preload: false, problems: [] };
  const seen = /* @__PURE__ */ new Set();
  const directives = splitDirectives(value, policy.problems).flatMap((segment) => readDirectives(segment, policy.problems));
  for (const directive of directives) {
    const key = directive.name.toLowerCase();
    if (seen.has(key)) {
      policy.problems.push({ reason: `Expected each directive once, got "${directive.name}" again: browsers ignore the whole header`, ignoresHeader: true, span: directive.nameSpan });
      continue;
    }
    seen.add(key);
    applyDirective(directive, policy);
  }
  if (!seen.has("max-age")) policy.problems.push(missingMaxAge(directives));
  return policy;
}
function splitDirectives(value, problems) {
  const segments2 = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (quoted) {
      if (char === "\\") i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ";" || char === ",") {
      if (char === ",") problems.push({ reason: 'Expected ";" between directives, got ","', ignoresHeader: true, span: { offset: i, length: 1 }, replacement: ";" });
      segments2.push({ text: value.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  if (quoted) problems.push({ reason: `Expected a closing '"' in the Strict-Transport-Security value`, ignoresHeader: true });
  segments2.push({ text: value.slice(start), offset: start });
  return segments2;
}
function readDirectives(segment, problems) {
  const { text, offset } = segment;
  const directives = [];
  let pos = skipSpaces(text, 0);
  while (pos < text.length) {
    const nameEnd = skipToken(text, pos);
    if (nameEnd === pos) {
      problems.push({ reason: `Expected a directive name, got "${text.slice(pos).trim()}"`, ignoresHeader: true, span: { offset: offset + pos, length: text.trimEnd().length - pos } });
      break;
    }
    const directive = { name: text.slice(pos, nameEnd), nameSpan: { offset: offset + pos, length: nameEnd - pos } };
    directives.push(directive);
    let end = nameEnd;
    pos = skipSpaces(text, end);
    if (text[pos] === "=") {
      end = readValue(text, skipSpaces(text, pos + 1), offset, directive);
      pos = skipSpaces(text, end);
    }
    if (pos === text.length) break;
    if (pos === end || !TOKEN_CHAR.test(text[pos])) {
      const rest = text.slice(pos).trimEnd();
      problems.push({ reason: `Expected ";" or the end of the value, got "${rest}"`, ignoresHeader: true, span: { offset: offset + pos, length: rest.length } });
      break;
    }
    const written = text.slice(directive.nameSpan.offset - offset, end);
    const next = text.slice(pos, skipToken(text, pos));
    problems.push({ reason: `Expected ";" between "${written}" and "${next}"`, ignoresHeader: true, span: { offset: offset + end, length: 0 }, replacement: ";" });
  }
  return directives;
}
function readValue(text, pos, offset, directive) {
  if (text[pos] === '"') {
    const close = closingQuote(text, pos + 1);
    const inner = text.slice(pos + 1, close);
    directive.value = inner.replace(/\\(.)/g, "$1");
    directive.valueSpan = { offset: offset + pos + 1, length: inner.length };
    return Math.min(close + 1, text.length);
  }
  const end = skipToken(text, pos);
  directive.value = text.slice(pos, end);
  directive.valueSpan = { offset: offset + pos, length: end - pos };
  return end;
}
function applyDirective(directive, policy) {
  const key = directive.name.toLowerCase();
  if (key === "max-age") applyMaxAge(directive, policy);
  else if (key === "includesubdomains" || key === "preload") applyFlag(directive, key, policy);
  else {
    const meant = likelyMeant(directive.name);
    if (meant && meant !== "max-age") policy.problems.push({ reason: `Unknown directive "${directive.name}", expected "${meant}": browsers ignore it`, ignoresHeader: false, span: directive.nameSpan });
  }
}
function missingMaxAge(directives) {
  const consequence = "browsers ignore a Strict-Transport-Security header without it";
  const typo = directives.find((d) => likelyMeant(d.name) === "max-age");
  if (!typo) return { reason: `Expected a "max-age" directive, got none: ${consequence}`, ignoresHeader: true };
  return { reason: `Expected "max-age", got "${typo.name}": ${consequence}`, ignoresHeader: true, span: typo.nameSpan, replacement: "max-age" };
}
function applyMaxAge(directive, policy) {
  const { value, valueSpan } = directive;
  if (value === void 0 || value === "") {
    policy.problems.push({ reason: `Expected "max-age=<seconds>", got "${directive.name}${value === void 0 ? "" : "="}"`, ignoresHeader: true, span: directive.nameSpan });
  } else if (!/^[0-9]+$/.test(value)) {
    policy.problems.push({ reason: `Expected max-age to be a number of seconds, got "${value}"`, ignoresHeader: true, span: valueSpan });
  } else {
    policy.maxAge = Number(value);
    policy.maxAgeSpan = valueSpan ?? null;
  }
}
function applyFlag(directive, key, policy) {
  if (directive.value !== void 0) {
    const written = KNOWN_DIRECTIVES[key];
    policy.problems.push({ reason: `Expected "${written}" without a value, got "${directive.name}=${directive.value}"`, ignoresHeader: key === "includesubdomains", span: directive.nameSpan });
    return;
  }
  if (key === "includesubdomains") policy.includeSubDomains = true;
  else policy.preload = true;
}
function likelyMeant(name) {
  const squashed = squash(name);
  for (const known of Object.values(KNOWN_DIRECTIVES)) {
    const target = squash(known);
    if (editDistance(squashed, target) <= (target.length > 7 ? 2 : 1)) return known;
  }
  return void 0;
}
function squash(name) {
  return name.toLowerCase().replace(/[-_]/g, "");
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function skipSpaces(text, pos) {
  while (pos < text.length && (text[pos] === " " || text[pos] === "	")) pos++;
  return pos;
}
function skipToken(text, pos) {
  while (pos < text.length && TOKEN_CHAR.test(text[pos])) pos++;
  return pos;
}
function closingQuote(text, pos) {
  for (let i = pos; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

// rules/hsts-invalid.ts
init_types();
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
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const scope of endpoint.scopes) {
        const headers = hstsHeadersOf(scope.headers);
        if (headers.length > 1) {
          const related = [{ range: headers[0].source, message: "The first Strict-Transport-Security header, the one browsers use" }];
          ctx.report("duplicate", { count: headers.length, first: headers[0].value }, headers[1].source, { related });
        }
        for (const header of headers.filter((h) => !containsVariables(h.value))) {
          const policy = parseHsts(header.value);
          for (const problem of policy.problems) {
            const { range, fix } = located(header, problem);
            ctx.report("syntax", { reason: problem.reason }, range, { fix });
          }
          if (!policy.preload || policy.problems.some((p) => p.ignoresHeader)) continue;
          if (!policy.includeSubDomains) ctx.report("preloadWithoutSubdomains", void 0, header.valueRange);
          if (policy.maxAge !== null && policy.maxAge < PRELOAD_MIN_MAX_AGE) {
            ctx.report("preloadShort", { maxAge: policy.maxAge, minAge: PRELOAD_MIN_MAX_AGE }, header.valueRange);
          }
        }
      }
    }
  }
});
function located(header, problem) {
  const range = problem.span ? rangeInValue(header, problem.span) : null;
  if (!range) return { range: header.valueRange };
  if (problem.replacement === void 0) return { range };
  return { range, fix: { description: `Write "${problem.replacement}"`, edits: [{ range, text: problem.replacement }] } };
}

// rules/hsts-max-age-short.ts
init_types();
var hsts_max_age_short_default = defineRule({
  id: "hsts-max-age-short",
  description: "HSTS max-age is shorter than the profile asks for",
  howToFix: "Raise `max-age` to the profile minimum (63072000)",
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    short: (p) => `Expected HSTS max-age of at least ${p.minAge} (${duration(p.minAge)}), got ${p.maxAge} (${duration(p.maxAge)})`,
    // RFC 6797, section 6.1.1: max-age=0 makes the browser forget the host as a Known HSTS Host.
    zero: (p) => `Expected HSTS max-age of at least ${p.minAge} (${duration(p.minAge)}), got 0: browsers drop this host's HSTS policy`
  },
  check(model, ctx) {
    const minAge = ctx.profile.hstsMinAge;
    if (minAge <= 0) return;
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const header of endpoint.scopes.flatMap((s) => hstsHeadersOf(s.headers))) {
        const policy = knownPolicy(header);
        if (!policy || policy.maxAge === null || policy.maxAge >= minAge) continue;
        const digits = policy.maxAgeSpan && rangeInValue(header, policy.maxAgeSpan);
        if (policy.maxAge === 0) ctx.report("zero", { minAge }, digits ?? header.valueRange);
        else {
          const fix = digits ? { description: `Set max-age to ${minAge}`, edits: [{ range: digits, text: String(minAge) }] } : void 0;
          ctx.report("short", { minAge, maxAge: policy.maxAge }, digits ?? header.valueRange, { fix });
        }
      }
    }
  }
});
function knownPolicy(header) {
  if (containsVariables(header.value)) return null;
  const policy = parseHsts(header.value);
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
  const [unit, name] = UNITS.find(([size]) => seconds >= size) ?? UNITS[UNITS.length - 1];
  const count = Math.round(seconds / unit * 10) / 10;
  return `${count} ${name}${count === 1 ? "" : "s"}`;
}

// rules/hsts-missing.ts
init_types();
var hsts_missing_default = defineRule({
  id: "hsts-missing",
  description: "An HTTPS server sends no Strict-Transport-Security header",
  howToFix: 'Add `add_header Strict-Transport-Security "max-age=63072000" always;`',
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    server: (p) => `Expected a Strict-Transport-Security header ("max-age=${p.maxAge}") on "${p.names}", got none`,
    scope: (p) => `Expected a Strict-Transport-Security header in "${p.scope}" too, got none: other blocks of this server send it`
  },
  check(model, ctx) {
    const maxAge = ctx.profile.hstsMinAge;
    if (maxAge <= 0) return;
    for (const endpoint of model.endpoints) {
      if (!isTlsEndpoint(endpoint) || endpoint.scopes.length === 0) continue;
      const lacking = endpoint.scopes.filter((scope) => servesContent(scope, endpoint) && lacksHsts(scope));
      if (lacking.length === 0) continue;
      if (!endpoint.scopes.some(hasHsts)) {
        ctx.report("server", { names: namesOf(endpoint), maxAge }, endpoint.range, { fix: insertAfterOpening(endpoint.range, endpoint, maxAge) });
        continue;
      }
      for (const scope of lacking) {
        const label2 = scope.kind === "server" ? endpoint.label : scope.label;
        ctx.report("scope", { scope: label2 }, scope.range, { fix: insertAfterOpening(scope.range, endpoint, maxAge) });
      }
    }
  }
});
function hasHsts(scope) {
  return hstsHeadersOf(scope.headers).length > 0;
}
function lacksHsts(scope) {
  return !hasHsts(scope) && hstsHeadersOf(scope.dropped).length === 0;
}
function servesContent(scope, endpoint) {
  if (scope.returnsOnly) return false;
  return scope.kind !== "server" || !endpoint.scopes.some((s) => s.kind === "location" && s.label === "location /");
}
function namesOf(endpoint) {
  return endpoint.serverNames.filter((n) => n !== "" && n !== "_").join(" ") || endpoint.label;
}
function insertAfterOpening(opening, endpoint, maxAge) {
  if (endpoint.dialect !== "nginx") return void 0;
  const indent = " ".repeat(opening.start.column - 1 + 4);
  const at = { file: opening.file, start: opening.end, end: opening.end };
  return { description: "Add a Strict-Transport-Security header", edits: [{ range: at, text: `
${indent}${nginxHstsDirective(`max-age=${maxAge}`, true)}` }] };
}

// rules/hsts-not-always.ts
init_types();
var hsts_not_always_default = defineRule({
  id: "hsts-not-always",
  description: "The Strict-Transport-Security header is not sent on error responses",
  howToFix: "Add `always` to the `add_header`",
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    // nginx: add_header applies to 200, 201, 204, 206, 301, 302, 303, 304, 307 and 308 unless `always` is given.
    nginx: 'Expected "always" on add_header Strict-Transport-Security: without it nginx leaves the header off 4xx and 5xx responses',
    generic: "Expected the Strict-Transport-Security header on every response, got it on successful and redirect responses only"
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const header of endpoint.scopes.flatMap((s) => hstsHeadersOf(s.headers))) {
        if (header.always) continue;
        if (endpoint.dialect !== "nginx") {
          ctx.report("generic", void 0, header.source);
          continue;
        }
        const after = { file: header.valueRange.file, start: header.valueRange.end, end: header.valueRange.end };
        ctx.report("nginx", void 0, header.source, { fix: { description: "Send the header on every status", edits: [{ range: after, text: " always" }] } });
      }
    }
  }
});

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
    for (const endpoint of model.endpoints) {
      if (endpoint.listeners.some((l) => l.tls || l.quic)) continue;
      for (const header of endpoint.scopes.flatMap((s) => hstsHeadersOf(s.headers))) {
        if (header.level !== "server" && header.level !== "location") continue;
        ctx.report("plain", { names: namesOf2(endpoint) }, header.source);
      }
    }
  }
});
function namesOf2(endpoint) {
  return endpoint.serverNames.filter((n) => n !== "" && n !== "_").join(" ") || endpoint.label;
}

// rules/hsts-overridden.ts
init_types();
var hsts_overridden_default = defineRule({
  id: "hsts-overridden",
  description: "A block with its own response headers drops the inherited Strict-Transport-Security header",
  howToFix: "Repeat the HSTS `add_header` in the block (or include a shared snippet)",
  severity: "warning",
  tags: ["security", "hsts"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    // nginx: add_header directives are inherited only when the current level defines none (ngx_http_headers_module).
    nginx: (p) => `Expected add_header Strict-Transport-Security in "${p.scope}": its own add_header directives replace the ones inherited from ${p.from}`,
    generic: (p) => `Expected a Strict-Transport-Security header in "${p.scope}": its own headers replace the inherited ones`
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const scope of endpoint.scopes) {
        if (scope.returnsOnly || hstsHeadersOf(scope.headers).length > 0) continue;
        const lost = hstsHeadersOf(scope.dropped)[0];
        if (!lost) continue;
        const label2 = scope.kind === "server" ? endpoint.label : scope.label;
        const firstOwn = scope.ownHeaders.at(0);
        const range = firstOwn?.source ?? scope.range;
        const related = [{ range: lost.source, message: "Strict-Transport-Security set here" }];
        if (endpoint.dialect === "nginx") ctx.report("nginx", { scope: label2, from: levelName(lost) }, range, { related, fix: copyBefore(firstOwn, lost) });
        else ctx.report("generic", { scope: label2 }, range, { related });
      }
    }
  }
});
function copyBefore(firstOwn, lost) {
  if (!firstOwn) return void 0;
  const at = { file: firstOwn.source.file, start: firstOwn.source.start, end: firstOwn.source.start };
  const indent = " ".repeat(firstOwn.source.start.column - 1);
  return { description: "Repeat the Strict-Transport-Security header in this block", edits: [{ range: at, text: `${nginxHstsDirective(lost.value, lost.always)}
${indent}` }] };
}
function levelName(header) {
  if (header.level === "http") return "http {}";
  if (header.level === "server") return "server {}";
  if (header.level === "location") return "the enclosing location";
  return "the enclosing block";
}

// rules/http-no-redirect.ts
init_types();
var http_no_redirect_default = defineRule({
  id: "http-no-redirect",
  description: "A plain-HTTP server does not redirect to its HTTPS twin",
  howToFix: "Answer with `return 301 https://$host$request_uri;`",
  severity: "warning",
  tags: ["security", "redirect"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 4.3,
  messages: {
    noRedirect: (p) => `Expected a redirect to https:// for "${p.names}", got content over plain HTTP`,
    plainRedirect: (p) => `Expected a redirect to https:// for "${p.names}", got a redirect that stays on plain HTTP`
  },
  check(model, ctx) {
    const tlsNames = new Set(model.endpoints.filter(isTlsEndpoint).flatMap((e) => e.serverNames.filter(isRealName)));
    for (const endpoint of model.endpoints) {
      const plain = endpoint.listeners.find(isPublicPlainListener);
      if (!plain || endpoint.httpRedirect?.toHttps) continue;
      const shared = endpoint.serverNames.filter((n) => isRealName(n) && tlsNames.has(n));
      if (shared.length === 0 && !isTlsEndpoint(endpoint)) continue;
      if (!endpoint.httpRedirect && endpoint.scopes[0]?.returnsOnly) continue;
      const names = (shared.length ? shared : endpoint.serverNames.filter(isRealName)).join(" ") || endpoint.label;
      const range = plain.source ?? endpoint.range;
      if (endpoint.httpRedirect) {
        const related = [{ range: endpoint.httpRedirect.source, message: "The redirect that does not go to https://" }];
        ctx.report("plainRedirect", { names }, range, { related });
      } else ctx.report("noRedirect", { names }, range);
    }
  }
});
function isRealName(name) {
  return name !== "" && name !== "_" && name !== '""' && name !== "''";
}
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

// rules/listen-443-no-certificate.ts
init_types();
var listen_443_no_certificate_default = defineRule({
  id: "listen-443-no-certificate",
  description: "A TLS listener belongs to a server with no certificate",
  howToFix: "Add `ssl_certificate` and `ssl_certificate_key` to the server or to `http {}`",
  severity: "error",
  tags: ["security", "certificates", "listen"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.3,
  messages: {
    // nginx: ngx_http_ssl_init rejects a default server without certificates:
    // no "ssl_certificate" is defined for the "listen ... ssl" directive in FILE:LINE
    defaultServer: (p) => `Missing certificate for TLS listener "${p.socket}" of the default server: the server refuses to start`,
    // nginx: ngx_http_ssl_servername keeps the default server's SSL context when the SNI-selected one has none.
    otherServer: (p) => `Missing certificate for TLS listener "${p.socket}": clients asking for "${p.names}" get the default server's certificate`
  },
  check(model, ctx) {
    const defaults2 = defaultServers(model.endpoints);
    for (const endpoint of model.endpoints) {
      if (endpoint.certificates.length > 0 || endpoint.rejectsHandshake) continue;
      const listeners = endpoint.listeners.filter((l) => l.tls || l.quic);
      if (listeners.length === 0) continue;
      const defaultOf = listeners.find((l) => defaults2.get(socketKey(l)) === endpoint);
      const listener = defaultOf ?? listeners[0];
      const range = listener.source ?? endpoint.range;
      const socket = socketLabel(listener);
      if (defaultOf) ctx.report("defaultServer", { socket }, range);
      else ctx.report("otherServer", { socket, names: endpoint.serverNames.filter((n) => n !== "").join(" ") || endpoint.label }, range);
    }
  }
});
function defaultServers(endpoints) {
  const marked = /* @__PURE__ */ new Map();
  const first2 = /* @__PURE__ */ new Map();
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) {
      const key = socketKey(listener);
      if (listener.defaultServer && !marked.has(key)) marked.set(key, endpoint);
      if (!first2.has(key)) first2.set(key, endpoint);
    }
  }
  for (const [key, endpoint] of marked) first2.set(key, endpoint);
  return first2;
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
  howToFix: "Add `ssl` to the `listen` directive",
  severity: "error",
  tags: ["security", "listen"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.3,
  messages: {
    plain: (p) => `Expected TLS on "${p.socket}", got plain HTTP`
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints) {
      for (const listener of endpoint.listeners) {
        if (listener.port !== HTTPS_PORT || listener.tls || listener.quic || listener.unixPath !== void 0) continue;
        const socket = listener.address === null ? String(listener.port) : `${listener.address}:${listener.port}`;
        ctx.report("plain", { socket }, listener.source ?? endpoint.range);
      }
    }
  }
});

// rules/ocsp-stapling-disabled.ts
init_types();
var ocsp_stapling_disabled_default = defineRule({
  id: "ocsp-stapling-disabled",
  description: "OCSP stapling is off for a certificate that names an OCSP responder",
  howToFix: "Set `ssl_stapling on;` and `ssl_stapling_verify on;`",
  severity: "note",
  tags: ["security", "ocsp"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 2,
  fixable: true,
  messages: {
    responder: (p) => `Expected OCSP stapling on: the certificate names OCSP responder "${p.responder}"`,
    unread: "Expected OCSP stapling on: the certificate could not be read to check for an OCSP responder"
  },
  check(model, ctx) {
    if (!ctx.profile.ocspStaple) return;
    for (const endpoint of model.endpoints) {
      if (!isTlsEndpoint(endpoint) || endpoint.stapling.value) continue;
      const withResponder = endpoint.certificates.find((c) => c.info && c.info.ocspResponders.length > 0);
      const unread = endpoint.certificates.some((c) => !c.info);
      if (!withResponder && !unread) continue;
      const { source, valueRange } = endpoint.stapling;
      const fix = source && valueRange ? { description: "Turn OCSP stapling on", edits: [{ range: valueRange, text: "on" }] } : void 0;
      const range = source ?? endpoint.range;
      if (withResponder) ctx.report("responder", { responder: withResponder.info.ocspResponders[0] }, range, { fix });
      else ctx.report("unread", void 0, range, { fix });
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
init_types();
var DEPRECATED = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"];
var protocol_deprecated_default = defineRule({
  id: "protocol-deprecated",
  description: "A TLS server enables a deprecated protocol version (SSLv2, SSLv3, TLSv1 or TLSv1.1)",
  howToFix: "Set `ssl_protocols TLSv1.2 TLSv1.3;`",
  severity: "warning",
  tags: ["security", "protocols"],
  profiles: ["modern", "intermediate", "old"],
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
    for (const endpoint of model.endpoints) {
      if (!isTlsEndpoint(endpoint)) continue;
      const outsideProfile = (p) => DEPRECATED.includes(p) && !ctx.profile.tlsVersions.includes(p);
      const live = liveProtocols(endpoint, ctx.options.openssl).filter(outsideProfile).join(" ");
      const { source, valueRange } = endpoint.protocols;
      if (source === null) {
        if (live) ctx.report("byDefault", { expected, deprecated: live, server }, endpoint.range);
        continue;
      }
      const configured = endpoint.protocols.value.filter(outsideProfile).join(" ");
      if (!configured) continue;
      const fix = valueRange ? { description: `Allow only ${expected}`, edits: [{ range: valueRange, text: expected }] } : void 0;
      const range = valueRange ?? source;
      if (live === configured) ctx.report("configured", { expected, deprecated: configured }, range, { fix });
      else ctx.report("configuredRefused", { expected, deprecated: configured, openssl: ctx.options.openssl }, range, { fix });
    }
  }
});
function liveProtocols(endpoint, openssl) {
  const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
  return negotiableProtocols(endpoint.protocols.value, openssl, level);
}

// rules/protocol-tls13-disabled.ts
init_types();
var protocol_tls13_disabled_default = defineRule({
  id: "protocol-tls13-disabled",
  description: "A TLS server does not offer TLS 1.3",
  howToFix: "Add `TLSv1.3` to `ssl_protocols`",
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
    for (const endpoint of model.endpoints) {
      if (!isTlsEndpoint(endpoint)) continue;
      const { value, source, valueRange } = endpoint.protocols;
      const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
      if (negotiableProtocols(value, openssl, level).includes("TLSv1.3")) continue;
      const configured = value.join(" ");
      if (!libraryHasTls13) {
        ctx.report("noLibrarySupport", { openssl }, source ? valueRange ?? source : endpoint.range);
      } else if (source === null) {
        ctx.report("byDefault", { configured, server }, endpoint.range);
      } else {
        const fix = valueRange ? { description: "Add TLSv1.3", edits: [{ range: { file: valueRange.file, start: valueRange.end, end: valueRange.end }, text: " TLSv1.3" }] } : void 0;
        ctx.report("configured", { configured }, valueRange ?? source, { fix });
      }
    }
  }
});

// rules/session-tickets-enabled.ts
init_types();
var session_tickets_enabled_default = defineRule({
  id: "session-tickets-enabled",
  description: "TLS session tickets are on while the ticket keys are never rotated",
  howToFix: "Set `ssl_session_tickets off;`, or use nginx 1.23.2+ with a shared session cache",
  severity: "warning",
  tags: ["security", "sessions"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 3.7,
  fixable: true,
  messages: {
    configured: 'Expected session tickets "off": ticket keys are not rotated, so one stolen key decrypts every recorded session',
    byDefault: (p) => `Expected session tickets "off": ${p.server} enables them by default and does not rotate the ticket keys here`
  },
  check(model, ctx) {
    const server = `${model.server.product} ${model.server.version}`;
    for (const endpoint of model.endpoints) {
      if (!isTlsEndpoint(endpoint) || !endpoint.sessionTickets.value || endpoint.ticketKeysRotated) continue;
      const { source, valueRange } = endpoint.sessionTickets;
      if (source === null) {
        ctx.report("byDefault", { server }, endpoint.range);
        continue;
      }
      const fix = valueRange ? { description: "Turn session tickets off", edits: [{ range: valueRange, text: "off" }] } : void 0;
      ctx.report("configured", void 0, source, { fix });
    }
  }
});

// rules/ssl-directive-deprecated.ts
init_compare_version();
var REMOVED_IN = "1.25.1";
var ssl_directive_deprecated_default = defineRule({
  id: "ssl-directive-deprecated",
  description: 'The deprecated "ssl" directive is used instead of the "ssl" parameter of "listen"',
  howToFix: "Delete `ssl on;` and write `listen 443 ssl;`",
  severity: "error",
  tags: ["deprecated", "listen"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 2,
  fixable: true,
  messages: {
    deprecated: (p) => `Deprecated directive "ssl ${p.value}" (nginx 1.15.0; removed in 1.25.1), expected "listen ... ssl"`,
    removed: (p) => `Unknown directive "ssl ${p.value}" (removed in nginx 1.25.1): ${p.server} refuses to start, expected "listen ... ssl"`
  },
  check(model, ctx) {
    const removed = versionAtLeast(model.server.version, REMOVED_IN);
    const server = `${model.server.product} ${model.server.version}`;
    const sharing = /* @__PURE__ */ new Map();
    for (const endpoint of model.endpoints) {
      if (!endpoint.legacySsl) continue;
      const range = endpoint.legacySsl.source ?? endpoint.range;
      const key = `${range.file}:${range.start.offset}`;
      const entry = sharing.get(key) ?? { setting: endpoint.legacySsl, range, endpoints: [] };
      entry.endpoints.push(endpoint);
      sharing.set(key, entry);
    }
    for (const { setting: setting2, range, endpoints } of sharing.values()) {
      const value = setting2.value ? "on" : "off";
      const deletable = setting2.source !== null && (!setting2.value || endpoints.every((e) => e.listeners.every((l) => l.tls && !l.viaLegacySsl || l.quic)));
      const fix = deletable ? { description: `Delete "ssl ${value};"`, edits: [{ range, text: "" }] } : void 0;
      if (removed) ctx.report("removed", { value, server }, range, { fix });
      else ctx.report("deprecated", { value }, range, { fix });
    }
  }
});

// rules/upstream-tls-unverified.ts
var upstream_tls_unverified_default = defineRule({
  id: "upstream-tls-unverified",
  description: "A proxied HTTPS upstream is used without verifying its certificate",
  howToFix: "Set `proxy_ssl_verify on;` with `proxy_ssl_trusted_certificate`",
  severity: "warning",
  tags: ["security", "upstream"],
  profiles: ["modern", "intermediate", "old"],
  securitySeverity: 5.9,
  messages: {
    nginx: (p) => `Expected "${p.prefix}_ssl_verify on;" with "${p.prefix}_ssl_trusted_certificate" for upstream "${p.target}", its certificate is not checked`,
    generic: (p) => `Expected certificate verification for upstream "${p.target}", its certificate is not checked`
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints) {
      for (const upstream of endpoint.upstreams) {
        if (upstream.verify.value || isLoopback(upstream.target)) continue;
        const related = upstream.verify.source ? [{ range: upstream.verify.source, message: "Verification turned off here" }] : [];
        if (endpoint.dialect === "nginx") {
          const prefix = upstream.target.startsWith("grpcs://") ? "grpc" : "proxy";
          ctx.report("nginx", { target: upstream.target, prefix }, upstream.source, { related });
        } else {
          ctx.report("generic", { target: upstream.target }, upstream.source, { related });
        }
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
  cipher_no_forward_secrecy_default,
  cipher_no_usable_suite_default,
  cipher_not_in_profile_default,
  cipher_unknown_default,
  cipher_weak_default,
  hsts_invalid_default,
  hsts_max_age_short_default,
  hsts_missing_default,
  hsts_not_always_default,
  hsts_on_plain_http_default,
  hsts_overridden_default,
  http_no_redirect_default,
  include_cycle_default,
  include_not_found_default,
  listen_443_no_certificate_default,
  listen_443_no_tls_default,
  ocsp_stapling_disabled_default,
  parse_error_default,
  protocol_deprecated_default,
  protocol_tls13_disabled_default,
  session_tickets_enabled_default,
  ssl_directive_deprecated_default,
  upstream_tls_unverified_default
];

// src/engine/run.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxIncludedFiles: 1e4,
  maxIncludeDepth: 50
};
async function lint(paths, options) {
  const dialect = await loadDialect(options.dialect);
  const notifications = [];
  const { files: discovered, problems } = await discoverFiles(paths.map((p) => resolve4(p)), dialect);
  for (const problem of problems) notifications.push({ level: "error", message: problem.message, file: problem.path });
  const context = {
    root: options.root,
    pathMaps: options.pathMaps,
    cache: /* @__PURE__ */ new Map(),
    ...options.limits,
    notify: (notification) => notifications.push(notification)
  };
  const entries = await loadEntries(entryOrder(discovered), dialect, context, notifications);
  const serverVersion = options.serverVersions[dialect.id] ?? dialect.defaultServerVersion;
  const modelOptions = { ...options, serverVersions: { ...options.serverVersions, [dialect.id]: serverVersion } };
  const findings = [];
  for (const entry of entries) {
    const model = buildModel2(dialect, entry, modelOptions, notifications);
    if (model) for (const finding of runRules(model, options, notifications)) findings.push(finding);
  }
  const readFiles = [...context.cache.keys()];
  const kept = dedupeFindings(findings).sort(compareFindings);
  const knownIds = new Set(allRules.map((r) => r.meta.id));
  for (const notice of applySuppressions(kept, context.cache.values(), knownIds, options.reportUnusedDisable ?? false)) notifications.push(notice);
  return {
    findings: kept,
    notifications,
    files: readFiles,
    root: options.root,
    properties: runProperties(options, dialect.id, serverVersion),
    executionSuccessful: readFiles.length > 0 || discovered.length === 0 && problems.length === 0
  };
}
async function loadEntries(candidates, dialect, context, notifications) {
  const included = /* @__PURE__ */ new Set();
  const entries = [];
  for (const candidate of candidates) {
    if (included.has(candidate.path)) continue;
    try {
      const [entry, ...rest] = await dialect.load(candidate.path, context);
      for (const file of rest) if (file.path !== entry.path) included.add(file.path);
      entries.push(entry);
    } catch (error) {
      const named = error instanceof Error && error.message.includes(candidate.path);
      notifications.push({ level: "error", message: named ? error.message : describeFsError(error, candidate.path), file: candidate.path });
    }
  }
  return entries.filter((entry) => !included.has(entry.path));
}
function buildModel2(dialect, entry, options, notifications) {
  try {
    const model = dialect.buildModel(entry, options);
    attachCertificateInfo(model);
    return model;
  } catch (error) {
    notifications.push({ level: "error", message: `Internal error while reading ${entry.path}: ${errorText(error)}`, file: entry.path });
    return void 0;
  }
}
function runRules(model, options, notifications) {
  const findings = [];
  for (const rule of enabledRules(options)) {
    const severity = options.ruleSettings[rule.meta.id];
    try {
      for (const finding of runRule(rule, model, options, severity === void 0 || severity === "off" ? rule.meta.severity : severity)) findings.push(finding);
    } catch (error) {
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
    const key = `${f.ruleId}\0${f.range.file}\0${f.range.start.offset}\0${f.range.end.offset}\0${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function compareFindings(a, b) {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function runProperties(options, dialect, serverVersion) {
  return {
    profile: options.profile,
    mozillaGuidelines: getProfile(options.profile, options.guidelines).guidelines,
    dialect,
    serverVersion: `${dialect} ${serverVersion}`,
    openssl: options.openssl,
    now: options.now.toISOString()
  };
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/cli/options.ts
import { resolve as resolve5 } from "node:path";
var UsageError = class extends Error {
};
var FORMATS = ["stylish", "json", "sarif", "github"];
var OPENSSL_VERSIONS = ["3.0", "1.1.1", "1.0.2"];
var FAIL_ON = ["error", "warning", "note"];
var RULE_SETTINGS = ["off", "note", "warning", "error"];
function settingsFromFlags(flags, knownRuleIds, cwd = process.cwd()) {
  const dialect = oneOf("--dialect", flags.dialect, ["nginx"]);
  if (!isDialectId(dialect)) throw new UsageError(`Unknown dialect "${flags.dialect}"`);
  const root2 = resolve5(cwd, flags.root ?? ".");
  return {
    run: {
      dialect,
      profile: oneOf("--profile", flags.profile, PROFILE_NAMES),
      guidelines: guidelinesFor(flags.guidelines, flags.profile),
      serverVersions: flags.serverVersion ? parseServerVersion(flags.serverVersion, dialect) : {},
      openssl: oneOf("--openssl", flags.openssl, OPENSSL_VERSIONS),
      now: parseNow(flags.now),
      root: root2,
      pathMaps: flags.map.map((m) => parseMap(m, root2)),
      ruleOptions: {},
      reportUnusedDisable: flags.reportUnusedDisable ?? false,
      ruleSettings: Object.fromEntries(flags.rule.map((r) => parseRuleSetting(r, knownRuleIds))),
      limits: {
        maxFileBytes: flags.maxFileSize ? parseSize(flags.maxFileSize) : DEFAULT_LIMITS.maxFileBytes,
        maxIncludedFiles: flags.maxIncludedFiles ? parseCount("--max-included-files", flags.maxIncludedFiles) : DEFAULT_LIMITS.maxIncludedFiles,
        maxIncludeDepth: flags.maxIncludeDepth ? parseCount("--max-include-depth", flags.maxIncludeDepth) : DEFAULT_LIMITS.maxIncludeDepth
      }
    },
    format: oneOf("--format", flags.format, FORMATS),
    output: flags.output,
    failOn: oneOf("--fail-on", flags.failOn, FAIL_ON),
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
function parseServerVersion(value, dialect) {
  const match = /^(?:([a-z]+)=)?(\d+(?:\.\d+){0,2})$/.exec(value);
  if (!match) throw new UsageError(`Invalid --server-version "${value}": expected a version like 1.22.1 or nginx=1.22.1`);
  const target = match[1] ?? dialect;
  if (!isDialectId(target)) throw new UsageError(`Unknown dialect "${target}" in --server-version`);
  return { [target]: match[2] };
}
function parseNow(value) {
  if (value === void 0) return /* @__PURE__ */ new Date();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError(`Invalid --now "${value}": expected an ISO date like 2026-01-31`);
  return date;
}
function parseMap(value, root2) {
  const at = value.indexOf("=");
  if (at <= 0 || at === value.length - 1 || !value.startsWith("/")) {
    throw new UsageError(`Invalid --map "${value}": expected /absolute/prefix=./local/dir`);
  }
  return { from: value.slice(0, at).replace(/\/+$/, "") || "/", to: resolve5(root2, value.slice(at + 1)) };
}
function parseRuleSetting(value, knownRuleIds) {
  const [id, setting2] = value.split("=");
  if (!id || setting2 === void 0) throw new UsageError(`Invalid --rule "${value}": expected id=off|note|warning|error`);
  if (!knownRuleIds.includes(id)) throw new UsageError(`Unknown rule "${id}" in --rule; see 'tlslint rules'`);
  return [id, oneOf(`--rule ${id}`, setting2, RULE_SETTINGS)];
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

// src/cli/render.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/report/github.ts
init_range();
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
function findingCommand(finding, root2) {
  const { start, end } = finding.range;
  const properties = [["file", displayPath(finding.range.file, root2)], ["line", start.line]];
  if (start.line === end.line) properties.push(["col", start.column]);
  properties.push(["endLine", end.line]);
  if (start.line === end.line) properties.push(["endColumn", Math.max(start.column, end.column - 1)]);
  properties.push(["title", finding.ruleId]);
  return command(COMMAND[finding.severity], properties, finding.message);
}
function notificationCommand(notification, root2) {
  const properties = [];
  if (notification.file !== void 0) properties.push(["file", displayPath(notification.file, root2)]);
  properties.push(["title", notification.ruleId ? `tlslint (${notification.ruleId})` : "tlslint"]);
  return command(COMMAND[notification.level], properties, notification.message);
}
function command(name, properties, message) {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name} ${props}::${escapeData(message)}`;
}

// src/report/json.ts
init_range();
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
      ruleId: n.ruleId ?? null
    }))
  };
}
function formatJson(result, _rules, options = {}) {
  return `${JSON.stringify(buildJsonReport(result, options), null, options.indent ?? 2)}
`;
}
function jsonFinding(finding, root2, fingerprint) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    ...jsonRange(finding.range, root2),
    related: finding.related.map((r) => ({ ...jsonRange(r.range, root2), message: r.message })),
    fix: finding.fix ? { description: finding.fix.description, edits: finding.fix.edits.map((e) => ({ ...jsonRange(e.range, root2), text: e.text })) } : null,
    suppressed: finding.suppression ? { kind: finding.suppression.kind, justification: finding.suppression.justification ?? null } : null,
    fingerprint
  };
}
function jsonRange(range, root2) {
  return {
    file: displayPath(range.file, root2),
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column
  };
}

// src/report/sarif.ts
init_range();
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var GITHUB_MAX_RESULTS = 25e3;
var FINGERPRINT_KEY = "tlslintFinding/v1";
var SRCROOT = "%SRCROOT%";
var DEFAULT_INFORMATION_URI = "https://github.com/tlslint/tlslint";
function buildSarifLog(result, rules, options) {
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [buildRun(result, rules, options)] };
}
function formatSarif(result, rules, options) {
  return `${JSON.stringify(buildSarifLog(result, rules, options), null, 2)}
`;
}
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
    properties: {
      // GitHub applies security-severity only to rules tagged "security".
      tags: meta.tags.includes("security") ? [...meta.tags] : ["security", ...meta.tags],
      precision: "very-high",
      "security-severity": meta.securitySeverity.toFixed(1),
      "problem.severity": PROBLEM_SEVERITY[meta.severity]
    }
  };
}
var PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };
function buildRun(result, rules, options) {
  const artifactFiles = collectFiles2(result);
  const context = {
    root: result.root,
    ruleIndex: new Map(rules.map((meta, index) => [meta.id, index])),
    artifactIndex: new Map(artifactFiles.map((file, index) => [file, index])),
    fingerprints: assignFingerprints(result.findings, options.readSource ?? (() => void 0), result.root),
    linesOf: options.readSource ? lineCache(options.readSource) : void 0
  };
  const { kept, notification } = limitResults(result.findings, options.maxResults ?? GITHUB_MAX_RESULTS);
  const notifications = notification ? [...result.notifications, notification] : result.notifications;
  return {
    tool: { driver: driver(rules, options) },
    ...options.category === void 0 ? {} : { automationDetails: { id: `${options.category}/` } },
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.root) } },
    artifacts: artifactFiles.map((file) => ({ location: bareLocation(file, result.root), roles: ["analysisTarget"] })),
    invocations: [{
      executionSuccessful: result.executionSuccessful,
      toolExecutionNotifications: notifications.map((n) => sarifNotification(n, context))
    }],
    results: kept.map((finding) => sarifResult(finding, context)),
    columnKind: "utf16CodeUnits",
    // Which standard the run applied: profile, guidelines version, server versions.
    properties: sortedRecord(result.properties)
  };
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
function collectFiles2(result) {
  const files = new Set(result.files.map((file) => absolutePath(file, result.root)));
  for (const finding of result.findings) {
    for (const range of rangesOf(finding)) files.add(absolutePath(range.file, result.root));
  }
  for (const n of result.notifications) if (n.file !== void 0) files.add(absolutePath(n.file, result.root));
  const key = (file) => displayPath(file, result.root);
  return [...files].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function rangesOf(finding) {
  return [finding.range, ...finding.related.map((r) => r.range), ...(finding.fix?.edits ?? []).map((e) => e.range)];
}
function limitResults(findings, max) {
  const byPosition = [...findings].sort(comparePosition);
  if (byPosition.length <= max) return { kept: byPosition };
  const kept = new Set([...byPosition].sort(compareImportance).slice(0, max));
  return {
    kept: byPosition.filter((f) => kept.has(f)),
    notification: {
      level: "warning",
      message: `Only ${max} of ${findings.length} results are included: GitHub code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run; run tlslint with --format json for all of them`
    }
  };
}
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function compareImportance(a, b) {
  return Number(Boolean(a.suppression)) - Number(Boolean(b.suppression)) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || comparePosition(a, b);
}
function comparePosition(a, b) {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function sarifResult(finding, context) {
  const index = context.ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...index === void 0 ? {} : { ruleIndex: index },
    level: finding.severity,
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(finding.range, context, true) }],
    ...finding.related.length > 0 ? { relatedLocations: finding.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r.range, context, false),
      message: { text: r.message }
    })) } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprints.get(finding) ?? "" },
    ...finding.fix ? { fixes: [sarifFix(finding.fix, context)] } : {},
    ...finding.suppression ? { suppressions: [{
      kind: finding.suppression.kind,
      ...finding.suppression.justification ? { justification: finding.suppression.justification } : {}
    }] } : {}
  };
}
function sarifFix(fix, context) {
  const byFile = /* @__PURE__ */ new Map();
  for (const edit of fix.edits) {
    const file = absolutePath(edit.range.file, context.root);
    const replacements = byFile.get(file) ?? [];
    replacements.push({ deletedRegion: region(edit.range, void 0), insertedContent: { text: edit.text } });
    byFile.set(file, replacements);
  }
  return {
    description: { text: fix.description },
    artifactChanges: [...byFile].map(([file, replacements]) => ({ artifactLocation: artifactLocation(file, context), replacements }))
  };
}
function physicalLocation(range, context, withSnippet) {
  const snippet = withSnippet ? snippetOf(range, context.linesOf?.(range.file)) : void 0;
  return { artifactLocation: artifactLocation(range.file, context), region: region(range, snippet) };
}
function region(range, snippet) {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    charOffset: range.start.offset,
    charLength: range.end.offset - range.start.offset,
    ...snippet ? { snippet: { text: snippet } } : {}
  };
}
function snippetOf(range, lines) {
  if (!lines || range.end.line > lines.length) return void 0;
  const covered = lines.slice(range.start.line - 1, range.end.line);
  if (covered.length === 1) return covered[0].slice(range.start.column - 1, range.end.column - 1);
  covered[0] = covered[0].slice(range.start.column - 1);
  covered[covered.length - 1] = covered[covered.length - 1].slice(0, range.end.column - 1);
  return covered.join("\n");
}
function artifactLocation(file, context) {
  const absolute = absolutePath(file, context.root);
  const index = context.artifactIndex.get(absolute);
  return { ...bareLocation(absolute, context.root), ...index === void 0 ? {} : { index } };
}
function bareLocation(file, root2) {
  const relative5 = pathInsideRoot(file, root2);
  return relative5 === void 0 ? { uri: fileUri(file, root2) } : { uri: encodeRelativeUri(relative5), uriBaseId: SRCROOT };
}
function sarifNotification(notification, context) {
  const index = notification.ruleId === void 0 ? void 0 : context.ruleIndex.get(notification.ruleId);
  return {
    level: notification.level,
    message: { text: notification.message },
    ...notification.file === void 0 ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(notification.file, context) } }] },
    ...notification.ruleId === void 0 ? {} : { associatedRule: { id: notification.ruleId, ...index === void 0 ? {} : { index } } }
  };
}

// src/report/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
init_range();
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
  const linesOf = options.showSource && options.readSource ? lineCache(options.readSource) : void 0;
  const blocks2 = groupByFile(findings).map(([file, group]) => fileBlock(file, group, result.root, colors, linesOf));
  if (result.notifications.length > 0) blocks2.push(notificationBlock(result.notifications, result.root, colors));
  const summary = findings.length > 0 ? [summaryLine(findings, colors), ""] : [];
  return ["", ...blocks2.flatMap((block) => [...block, ""]), ...summary].join("\n");
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
function fileBlock(file, findings, root2, colors, linesOf) {
  const rows = findings.map((f) => [`${f.range.start.line}:${f.range.start.column}`, f.severity, f.message, f.ruleId]);
  const widths = [0, 1, 2].map((i) => rows.reduce((width, row) => Math.max(width, row[i].length), 0));
  widths[2] = Math.min(widths[2], MAX_MESSAGE_WIDTH);
  const lines = [colors.underline(displayPath(file, root2))];
  findings.forEach((finding, i) => {
    lines.push(findingRow(rows[i], widths, finding.severity, colors));
    const sourceLines = linesOf?.(file);
    if (sourceLines) lines.push(...excerpt2(finding, sourceLines, colors));
    lines.push(...finding.related.map((r) => relatedRow(r, root2, colors)));
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
function relatedRow(related, root2, colors) {
  const { file, start } = related.range;
  return `    ${colors.dim(`\u21B3 ${displayPath(file, root2)}:${start.line}:${start.column}`)}  ${related.message}`;
}
function severityColor(severity, colors) {
  if (severity === "error") return colors.red;
  return severity === "warning" ? colors.yellow : colors.blue;
}
function excerpt2(finding, sourceLines, colors) {
  const { start, end } = finding.range;
  const line = sourceLines[start.line - 1];
  if (line === void 0) return [];
  const endColumn = end.line === start.line ? end.column : line.length + 1;
  const { text, shift, last: last2 } = excerptWindow(line, start.column - 1, endColumn - 1);
  const before = expandTabs(text.slice(0, start.column - 1 - shift));
  const marked = expandTabs(text.slice(start.column - 1 - shift, Math.min(endColumn - 1, last2) - shift), before.length);
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
  const head2 = begin > 0 ? "\u2026" : "";
  const tail = finish < line.length ? "\u2026" : "";
  return { text: head2 + line.slice(begin, finish) + tail, shift: begin - head2.length, last: finish };
}
function expandTabs(text, startWidth = 0) {
  let out = "";
  for (const char of text) {
    out += char === "	" ? " ".repeat(TAB_WIDTH - (startWidth + out.length) % TAB_WIDTH) : char;
  }
  return out;
}
function notificationBlock(notifications, root2, colors) {
  const levelWidth = notifications.reduce((width, n) => Math.max(width, n.level.length), 0);
  return [
    colors.underline("tlslint"),
    ...notifications.map((n) => {
      const where = n.file ? `  ${colors.dim(displayPath(n.file, root2))}` : "";
      const rule = n.ruleId ? `  ${colors.dim(n.ruleId)}` : "";
      return `  ${severityColor(n.level, colors)(n.level.padEnd(levelWidth))}  ${n.message}${where}${rule}`;
    })
  ];
}
function summaryLine(findings, colors) {
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const [errors, warnings2, notes] = [count("error"), count("warning"), count("note")];
  const text = `\u2716 ${plural(findings.length, "problem")} (${plural(errors, "error")}, ${plural(warnings2, "warning")}, ${plural(notes, "note")})`;
  const paint = errors > 0 ? colors.red : warnings2 > 0 ? colors.yellow : colors.blue;
  return colors.bold(paint(text));
}
function plural(count, noun) {
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
  }
}

// src/cli/render.ts
function renderReport(result, settings, io) {
  const rules = allRules.map((r) => r.meta);
  const color = settings.output ? false : settings.color ?? shouldUseColor(io.stdout, io.env);
  return formatResult(settings.format, result, rules, {
    color,
    showSource: settings.format === "stylish",
    readSource: sourceReader(),
    toolVersion: packageVersion(),
    helpMarkdown: settings.format === "sarif" ? helpPages(rules.map((r) => r.id)) : void 0
  });
}
function sourceReader() {
  const texts = /* @__PURE__ */ new Map();
  return (file) => {
    if (!texts.has(file)) texts.set(file, readOrUndefined(file));
    return texts.get(file);
  };
}
function readOrUndefined(file) {
  try {
    return readFileSync4(file, "utf8");
  } catch {
    return void 0;
  }
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
  return result.suites.map((suite2) => ({
    suite: suite2,
    weak: weaknessOf(suite2),
    forwardSecrecy: hasForwardSecrecy(suite2),
    inProfile: inProfile(suite2, profile),
    negotiable: negotiable.has(suite2)
  }));
}
function flagsOf(row, profile, c) {
  const flags = [];
  if (row.weak) flags.push(c.red(`weak (${row.weak})`));
  if (!row.forwardSecrecy) flags.push(c.yellow("no-FS"));
  if (!row.inProfile) flags.push(c.yellow(`outside ${profile.name}`));
  if (!row.negotiable) flags.push(c.dim("not negotiated"));
  return flags.join(", ");
}
function pad(cells) {
  const visible = (s) => s.replace(/\u001b\[[0-9;]*m/g, "").length;
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => visible(r[i]))));
  return cells.map((r) => r.map((cell, i) => i === r.length - 1 ? cell : cell + " ".repeat(widths[i] - visible(cell))).join("  ").trimEnd()).join("\n");
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
var defaultIo = () => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
async function main(argv, io = defaultIo()) {
  let exitCode = 0;
  const debug = argv.includes("--debug");
  const program2 = buildProgram(io, (code) => exitCode = code);
  try {
    await program2.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}
function buildProgram(io, setExit) {
  const program2 = new Command("tlslint").description("Lint web-server configuration for TLS mistakes").version(packageVersion(), "-v, --version").argument("[paths...]", "config files or directories to lint", ["."]).addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("stylish")).option("-o, --output <file>", "write the report to a file instead of stdout").addOption(new Option("--profile <profile>", "Mozilla Server Side TLS profile").choices(PROFILE_NAMES).default("intermediate")).addOption(new Option("--guidelines <version>", "Mozilla guidelines version").choices(GUIDELINE_VERSIONS).default(LATEST_GUIDELINES)).option("--server-version <version>", "server version whose defaults apply, e.g. 1.22.1 or nginx=1.22.1").addOption(new Option("--openssl <version>", "OpenSSL version the server is built with").choices(OPENSSL_VERSIONS).default("3.0")).option("--rule <id=severity>", "set a rule to off|note|warning|error (repeatable)", collect, []).addOption(new Option("--fail-on <severity>", "lowest severity that makes the exit code 1").choices(FAIL_ON).default("warning")).option("--root <dir>", "repository root: report paths are relative to it, includes resolve against it").option("--map <from=to>", "map an absolute config prefix into the checkout, e.g. /etc/nginx=./nginx (repeatable)", collect, []).addOption(new Option("--dialect <dialect>", "server dialect").choices(["nginx"]).default("nginx")).option("--now <date>", "date certificate checks compare against (ISO 8601)").option("--max-file-size <size>", "largest config file read, e.g. 50M").option("--max-included-files <count>", "most files one entry may include, counting every inclusion (default 10000)").option("--max-include-depth <levels>", "deepest include nesting (default 50)").option("--fix", "apply the safe fixes to the linted files, then report what is left").option("--fix-dry-run", "print the fixes as a unified diff and change nothing").option("--baseline <file>", "report only findings not recorded in this baseline file").option("--update-baseline", "with --baseline: record the current findings in the file instead").option("--report-unused-disable", "warn about tlslint-disable comments that suppress nothing").option("--color", "force colours").option("--no-color", "disable colours").option("--debug", "print stack traces for internal errors").enablePositionalOptions().showHelpAfterError("(run 'tlslint --help' for usage)").exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(`tlslint: ${text.replace(/^error: /, "")}`)
  }).action(async (paths, flags) => setExit(await lintCommand(paths, flags, io)));
  program2.command("rules").description("list the rules, or print the documentation of one").argument("[id]", "rule id").action((id) => setExit(id ? printRuleDoc(id, io.stdout, io.stderr) : printRuleList(io.stdout)));
  program2.addCommand(ciphersSubcommand(io, setExit));
  return program2;
}
async function lintCommand(paths, flags, io) {
  const settings = settingsFromFlags(flags, allRules.map((r) => r.meta.id), io.cwd);
  if (flags.fixDryRun) return fixDryRun(paths, settings, io);
  const result = flags.fix ? await lintAndFix(paths, settings, io) : await lint(paths, settings.run);
  if (flags.baseline) await useBaseline(flags.baseline, flags.updateBaseline ?? false, result, io);
  const report2 = renderReport(result, settings, io);
  if (settings.output) await writeFile2(settings.output, report2);
  else io.stdout.write(report2);
  return exitCodeFor(result, settings.failOn);
}
async function lintAndFix(paths, settings, io) {
  const roots = paths.map((p) => resolve6(p));
  const changedFiles = /* @__PURE__ */ new Set();
  let fixed = 0;
  let result = await lint(paths, settings.run);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const plans = await planFixes(result, roots);
    if (plans.length === 0) break;
    for (const plan of plans) {
      await writeAtomically(plan.file, plan.after);
      changedFiles.add(plan.file);
      fixed += plan.fixed;
    }
    result = await lint(paths, settings.run);
  }
  if (fixed > 0) io.stderr.write(`tlslint: fixed ${fixed} problem${fixed === 1 ? "" : "s"} in ${changedFiles.size} file${changedFiles.size === 1 ? "" : "s"}
`);
  return result;
}
async function fixDryRun(paths, settings, io) {
  const result = await lint(paths, settings.run);
  const plans = await planFixes(result, paths.map((p) => resolve6(p)));
  io.stdout.write(plans.map((plan) => unifiedDiff(plan, relative4(result.root, plan.file))).join(""));
  return exitCodeFor(result, settings.failOn);
}
async function useBaseline(file, update, result, io) {
  const path = resolve6(io.cwd, file);
  if (update) {
    const count = await writeBaseline(path, result);
    io.stderr.write(`tlslint: wrote ${count} fingerprints to ${file}
`);
    return;
  }
  if (!existsSync2(path)) throw new UsageError(`Baseline "${file}" does not exist: create it with --baseline ${file} --update-baseline`);
  try {
    await applyBaseline(path, result);
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function exitCodeFor(result, failOn) {
  if (!result.executionSuccessful) return 2;
  return result.findings.some((f) => !f.suppression && atLeast(f.severity, failOn)) ? 1 : 0;
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
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`tlslint: internal error: ${message}
`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}
`);
  else io.stderr.write("(run with --debug for details)\n");
  return 2;
}
function collect(value, previous) {
  return [...previous, value];
}

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2));
