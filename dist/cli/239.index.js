export const id = 239;
export const ids = [239];
export const modules = {

/***/ 40239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   completionScript: () => (/* binding */ completionScript)
/* harmony export */ });
const BASH = `# pgmi completion for bash. Load it with:  source <(pgmi completion bash)
_pgmi_complete() {
    local cur="\${COMP_WORDS[COMP_CWORD]}"
    local IFS=$'\\n'
    local -a out
    out=($(pgmi __complete -- bash "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)) || return 0
    local directive="\${out[0]}"
    COMPREPLY=()
    case "$directive" in
        :dirs)
            [[ "$cur" == "=" ]] && cur=""
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -d -- "$cur")) ;;
        :files)
            [[ "$cur" == "=" ]] && cur=""
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur")) ;;
        *)
            COMPREPLY=("\${out[@]:1}") ;;
    esac
    return 0
}
complete -F _pgmi_complete pgmi
`;
const ZSH = `#compdef pgmi
# pgmi completion for zsh. Load it with:  source <(pgmi completion zsh)
# (after compinit), or save it as _pgmi in a directory of your $fpath.
_pgmi() {
    local -a out candidates
    out=("\${(@f)$(pgmi __complete -- zsh "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
    candidates=("\${(@)out[2,-1]}")
    case "\${out[1]}" in
        :dirs) _path_files -/ ;;
        :files) _files ;;
        *) (( \${#candidates} )) && compadd -Q -- "\${candidates[@]}" ;;
    esac
}
if (( $+functions[compdef] )); then
    compdef _pgmi pgmi
fi
`;
const FISH = `# pgmi completion for fish. Load it with:  pgmi completion fish | source
# or save it as ~/.config/fish/completions/pgmi.fish
function __pgmi_complete
    set -l before (commandline -opc)
    set -l current (commandline -ct)
    set -l out (pgmi __complete -- fish $before[2..-1] "$current" 2>/dev/null)
    switch "$out[1]"
        case :dirs
            __fish_complete_directories "$current"
        case :files
            __fish_complete_path "$current"
        case '*'
            printf '%s\\n' $out[2..-1]
    end
end
complete -c pgmi -f -a '(__pgmi_complete)'
`;
// Windows PowerShell drops empty arguments given to native commands, so the current word
// travels with a leading '_' that pgmi removes.
const POWERSHELL = `# pgmi completion for PowerShell. Load it with:
#   pgmi completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName pgmi -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    # The words before the cursor, without "pgmi" and without the word being completed.
    $words = @($commandAst.CommandElements |
        Where-Object { $_.Extent.StartOffset -lt $cursorPosition } |
        Select-Object -Skip 1 | ForEach-Object { $_.Extent.Text })
    if ($wordToComplete -ne '') { $words = @($words | Select-Object -SkipLast 1) }
    $out = @(pgmi __complete -- powershell @words "_$wordToComplete" 2>$null)
    if ($out.Count -eq 0) { return }
    switch ($out[0]) {
        ':dirs' {
            Get-ChildItem -Directory -Path "$wordToComplete*" -ErrorAction SilentlyContinue |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ProviderContainer', $_.Name) }
        }
        ':files' {
            Get-ChildItem -Path "$wordToComplete*" -ErrorAction SilentlyContinue |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ProviderItem', $_.Name) }
        }
        default {
            $out | Select-Object -Skip 1 |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
        }
    }
}
`;
function completionScript(shell) {
    switch (shell) {
        case 'bash':
            return BASH;
        case 'zsh':
            return ZSH;
        case 'fish':
            return FISH;
        case 'powershell':
            return POWERSHELL;
    }
}


/***/ })

};
