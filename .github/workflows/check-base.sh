#!/usr/bin/env bash
# Which commit `unyo check --base` compares with, written as `base=<ref>` (for $GITHUB_OUTPUT); empty
# when there is nothing to compare with. Every change to main is checked:
#   pull_request  the target branch, origin/$BASE_REF
#   push          the previous head, $BEFORE (github.event.before); none for a new branch (all zeros)
# A force-push ($FORCED = true) that drops commits touching records/ is refused here: the evidence's
# history (who created each record, when) would be rewritten even if every file is still present. That
# every record of the old head is still present, and unchanged but for corrections, `unyo check --base`
# then verifies against $BEFORE.
# The refs come in through the environment only, never through ${{ }} in the script text.
set -euo pipefail

zero=0000000000000000000000000000000000000000
base=""
case "${EVENT:-}" in
  pull_request)
    if [[ ! "${BASE_REF:-}" =~ ^[A-Za-z0-9._/][A-Za-z0-9._/-]*$ ]]; then
      echo "::error title=比較元が不正::対象ブランチ名「${BASE_REF:-}」は使えません。" >&2
      exit 1
    fi
    base="origin/$BASE_REF"
    ;;
  push)
    if [ -n "${BEFORE:-}" ] && [ "$BEFORE" != "$zero" ]; then
      if [[ ! "$BEFORE" =~ ^[0-9a-f]{40}$ ]]; then
        echo "::error title=比較元が不正::直前のコミット「$BEFORE」はコミットのハッシュではありません。" >&2
        exit 1
      fi
      # After a force-push the old head is no longer on any branch: fetch it by its hash.
      if ! git cat-file -e "$BEFORE^{commit}" 2>/dev/null && ! git fetch --quiet --no-tags origin "$BEFORE"; then
        echo "::error title=直前のコミットがない::直前の head $BEFORE を取得できないため、記録の追記のみを確認できません。" >&2
        exit 1
      fi
      if [ "${FORCED:-false}" = true ]; then
        dropped="$(git rev-list "$BEFORE" --not HEAD -- records)"
        if [ -n "$dropped" ]; then
          echo "::error title=記録の履歴を消す強制プッシュ::強制プッシュで、記録（records/）を含むコミットが履歴から外れました: $(echo "$dropped" | cut -c1-7 | tr '\n' ' ')。記録の履歴は書き換えられません。外れたコミットを戻して（git push origin $BEFORE:<ブランチ> など）から、新しいコミットとして追記してください。" >&2
          exit 1
        fi
      fi
      base="$BEFORE"
    fi
    ;;
esac
printf 'base=%s\n' "$base"
