# bash completion for mtrack. Commands and options are asked of mtrack
# itself (mtrack --commands, mtrack help COMMAND), so they never drift.
_mtrack()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --db|--schema) ((i++)) ;;
            -*) ;;
            *) cmd=${COMP_WORDS[i]}; break ;;
        esac
    done
    if [[ $prev == --db || $prev == -o || $prev == --output ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--db --schema --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(mtrack --commands 2>/dev/null) help" -- "$cur"))
        fi
        return
    fi
    if [[ $cmd == help ]]; then
        COMPREPLY=($(compgen -W "$(mtrack --commands 2>/dev/null)" -- "$cur"))
    elif [[ $cur == -* ]]; then
        local opts
        opts=$(mtrack help "$cmd" 2>/dev/null | grep -o -- '--[a-z][a-z0-9-]*' | sort -u)
        COMPREPLY=($(compgen -W "$opts --db --schema --help" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -o filenames -F _mtrack mtrack
