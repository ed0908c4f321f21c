# @generated from crates/smtp-codes-cli/src/lib.rs by `cargo xtask codegen`. Do not edit by hand:
# change the command line and run `cargo xtask codegen` again.
# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_smtp_codes_global_optspecs
    string join \n h/help V/version
end

function __fish_smtp_codes_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_smtp_codes_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_smtp_codes_using_subcommand
    set -l cmd (__fish_smtp_codes_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -s V -l version -d 'Print version'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "explain" -d 'Explain codes, replies, Diagnostic-Code lines or bounce text ("-" reads standard input)'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "list" -d 'List the catalog as a table'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "search" -d 'Find codes whose name, text or description (English or Spanish) has all the words'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "parse" -d 'Parse raw reply bytes from standard input: strictly (RFC 5321) unless --lenient'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "bounce" -d 'Read bounce messages, recipient by recipient: files, directories (a maildir: every file inside), mbox files, or "-" for standard input'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "logs" -d 'Read MTA logs (Postfix, Exim, Sendmail): one record per delivery result or rejection, with its verdict; other lines are counted, never explained'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "catalog" -d 'Print the whole catalog as JSON (both languages, every field)'
complete -c smtp-codes -n "__fish_smtp_codes_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand explain" -l lang -d 'Language of descriptions; the default follows LC_ALL / LC_MESSAGES / LANG' -r -f -a "en\t'English'
es\t'Spanish'"
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand explain" -l each-line -d 'Explain every line of standard input on its own (for log files)'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand explain" -l details -d 'With --json, add every field of the catalog\'s entries to the verdict (category, subject, status, pairing, texts, descriptions, references, vendor notes, alias)'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand explain" -l json -d 'Print JSON (JSON Lines with --each-line) instead of text'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand list" -l class -d 'Only codes of this class (first digit)' -r -f -a "2\t''
3\t''
4\t''
5\t''"
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand list" -l status -d 'Only codes with this status' -r -f -a "standard\t''
extension\t''
non-standard\t''
experimental\t''
obsolete\t''"
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand list" -l lang -d 'Language of descriptions; the default follows LC_ALL / LC_MESSAGES / LANG' -r -f -a "en\t'English'
es\t'Spanish'"
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand list" -l enhanced -d 'List enhanced status codes instead of basic codes'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand list" -l json -d 'Print JSON (JSON Lines with --each-line) instead of text'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand search" -l lang -d 'Language of descriptions; the default follows LC_ALL / LC_MESSAGES / LANG' -r -f -a "en\t'English'
es\t'Spanish'"
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand search" -l json -d 'Print JSON (JSON Lines with --each-line) instead of text'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand parse" -l lenient -d 'Accept what real servers send: bare LF, any text bytes, second digits 6 to 9, lines up to 8192 octets, an unterminated last line, a class mismatch'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand parse" -l json -d 'Print JSON instead of text'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand parse" -s h -l help -d 'Print help'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand bounce" -l lang -d 'Language of descriptions; the default follows LC_ALL / LC_MESSAGES / LANG' -r -f -a "en\t'English'
es\t'Spanish'"
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand bounce" -l json -d 'Print JSON (JSON Lines with --each-line) instead of text'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand bounce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand logs" -l year -d 'The year of RFC 3164 lines, which have none (default: the current year)' -r
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand logs" -l lang -d 'Language of descriptions; the default follows LC_ALL / LC_MESSAGES / LANG' -r -f -a "en\t'English'
es\t'Spanish'"
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand logs" -l summary -d 'Print counts by status and reason and the recipient domains with most deferrals and bounces, instead of the records'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand logs" -l json -d 'Print JSON (JSON Lines with --each-line) instead of text'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand catalog" -s h -l help -d 'Print help'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "explain" -d 'Explain codes, replies, Diagnostic-Code lines or bounce text ("-" reads standard input)'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "list" -d 'List the catalog as a table'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "search" -d 'Find codes whose name, text or description (English or Spanish) has all the words'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "parse" -d 'Parse raw reply bytes from standard input: strictly (RFC 5321) unless --lenient'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "bounce" -d 'Read bounce messages, recipient by recipient: files, directories (a maildir: every file inside), mbox files, or "-" for standard input'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "logs" -d 'Read MTA logs (Postfix, Exim, Sendmail): one record per delivery result or rejection, with its verdict; other lines are counted, never explained'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "catalog" -d 'Print the whole catalog as JSON (both languages, every field)'
complete -c smtp-codes -n "__fish_smtp_codes_using_subcommand help; and not __fish_seen_subcommand_from explain list search parse bounce logs catalog help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
