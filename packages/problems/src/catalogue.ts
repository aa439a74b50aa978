/**
 * The error catalogue: every problem unyo reports, with a permanent code.
 * Say what happened and why, then what to do. Japanese, no "Error:" prefix.
 */
export interface ProblemDefinition<A> {
  title: string;
  message: (args: A) => string;
  hint: string | ((args: A) => string);
}

const define = <A = Record<string, never>>(d: ProblemDefinition<A>) => d;

const PERIOD_HELP =
  '日次・週次・月次・3か月に1回程度・半年に1回・年次・随時・蔵書点検時 のいずれかを書いてください。複数は「／」（全角）で区切り（例: 月次／随時）、周期のない分類行は「－」です。';

export const CATALOGUE = {
  'file-empty': define({
    title: '空のファイル',
    message: () => 'ファイルが空です。',
    hint: '1 行目を `---` にして YAML のフロントマターを書き、`---` の行で閉じてから本文を書いてください。既存の runbook を手本にできます。',
  }),
  'file-binary': define({
    title: 'テキストではないファイル',
    message: () => 'テキストではないファイルです（NUL バイトを含みます）。',
    hint: 'このフォルダーには UTF-8 のテキストだけを置いてください。画像などは別の場所に置きます。',
  }),
  'file-encoding': define({
    title: 'UTF-8 ではない文字',
    message: () => 'UTF-8 として読めないバイトがあります。',
    hint: 'UTF-8（BOM なし）で保存し直してください。Shift_JIS や EUC-JP で保存していないか確認してください。',
  }),
  'file-bom': define({
    title: 'BOM 付きのファイル',
    message: () => 'ファイルの先頭に BOM（U+FEFF）があります。',
    hint: 'エディターで「UTF-8（BOM なし）」を選んで保存し直してください。',
  }),
  'file-crlf': define({
    title: 'CRLF の改行',
    message: () => '改行が CRLF（Windows 形式）です。',
    hint: '改行を LF にして保存してください。リポジトリの .gitattributes は eol=lf を指定しています。',
  }),
  'file-too-large': define<{ size: number; limit: number }>({
    title: '大きすぎるファイル',
    message: ({ size, limit }) => `ファイルが大きすぎます（${size} バイト、上限 ${limit} バイト）。読み込みを省きました。`,
    hint: '誤って別のファイルを置いていないか確認してください。',
  }),
  'file-symlink': define<{ target: string }>({
    title: 'シンボリックリンク',
    message: ({ target }) => `シンボリックリンクです（リンク先: ${target}）。リンクはたどりません。`,
    hint: 'リンクではなく実際のファイルを置いてください。',
  }),
  'file-not-regular': define({
    title: 'ファイルではない',
    message: () => 'ここにはファイルがあるはずですが、フォルダー（または特殊なファイル）です。',
    hint: 'フォルダーを別の場所へ移し、この名前で YAML のファイルを置いてください（既存のリポジトリのファイルを手本にできます）。',
  }),
  'frontmatter-missing': define({
    title: 'フロントマターがない',
    message: () => 'ファイルが `---` で始まっていません。フロントマター（YAML）がありません。',
    hint: '1 行目を `---` にし、YAML を書いたあと `---` の行で閉じてください。',
  }),
  'frontmatter-unclosed': define({
    title: '閉じていないフロントマター',
    message: () => 'フロントマターを閉じる `---` の行がありません。',
    hint: 'YAML の終わりに `---` だけの行を入れてください。',
  }),
  'yaml-syntax': define<{ detail: string }>({
    title: 'YAML の構文エラー',
    message: ({ detail }) => `YAML として読めません: ${detail}`,
    hint: 'インデント（半角スペース）、コロンのあとの空白、引用符の対応を確認してください。値に「: 」や「#」を含むときは引用符で囲みます。',
  }),
  'yaml-tab': define({
    title: 'タブによるインデント',
    message: () => 'YAML のインデントにタブ文字が使われています。',
    hint: 'インデントは半角スペースにしてください。',
  }),
  'yaml-fullwidth': define<{ char: string }>({
    title: '全角の記号',
    message: ({ char }) => (char === '：' ? 'キーのあとのコロンが全角（：）です。YAML は半角の「: 」（コロンと空白）でキーと値を分けます。' : '行頭に全角の空白（　）があります。YAML のインデントは半角スペースだけです。'),
    hint: '日本語入力をオフにして、半角で打ち直してください（README の「記録（records/）」に例があります）。',
  }),
  'yaml-indent': define<{ indent: number; line: number; align: number }>({
    title: 'インデントのずれ',
    message: ({ indent, line, align }) => `この行のインデント（半角 ${indent} 文字）が前の行と揃っていません。同じ階層なら ${line} 行目と同じ半角 ${align} 文字にしてください。`,
    hint: '同じ階層の項目は、行頭の半角スペースの数を揃えます。「- 」で始まる一覧の中の項目は「- 」のあとの文字に揃えます。',
  }),
  'yaml-alias': define({
    title: 'YAML エイリアスの過剰な展開',
    message: () => 'YAML のエイリアス（*name）が多すぎて、展開すると巨大になります。',
    hint: 'エイリアスとアンカー（&name）を使わずに値を書いてください。',
  }),
  'yaml-tag': define<{ tag: string }>({
    title: '使えない YAML のタグ',
    message: ({ tag }) => `YAML のタグ ${tag} は使えません（unyo の記録と設定は文字列・数・真偽・リスト・マップだけです）。`,
    hint: 'タグ（! で始まる語）を消して、値をそのまま書いてください。文字列にしたいときは引用符で囲みます。',
  }),
  'text-invisible-char': define<{ codePoint: string; name: string }>({
    title: '見えない制御文字',
    message: ({ codePoint, name }) => `見えない文字 ${codePoint}（${name}）があります。表示と中身が食い違うおそれがあります。`,
    hint: 'この文字を削除してください（コピー＆ペーストで紛れ込むことがあります。エディターの「制御文字を表示」で確認できます）。',
  }),
  'schema-invalid': define<{ field: string; detail: string; description?: string }>({
    title: 'スキーマに合わない値',
    message: ({ field, detail }) => `${field}: ${detail}`,
    // The description is the field's own (.meta in @unyo/schema), the one the editor shows.
    hint: ({ field, description }) =>
      `${description ? `${field} は「${description}」です。` : ''}項目の書き方は README の「記録（records/）」と、同じ種類の既存の記録を参照してください（VS Code ではスキーマの説明が補完に出ます）。`,
  }),
  'schema-unknown-key': define<{ key: string; allowed: string[] }>({
    title: '未知のキー',
    message: ({ key }) => `未知のキー「${key}」があります。`,
    hint: ({ allowed }) => `綴りを確認してください。使えるキー: ${allowed.join(', ')}`,
  }),
  'id-duplicate': define<{ id: number; other: string }>({
    title: '重複した項番',
    message: ({ id, other }) => `項番 ${id} は ${other} でも使われています。`,
    hint: '項番は要件の 1–101 に一つずつ対応します。どちらかの id を正しい項番に直してください。',
  }),
  'id-missing': define<{ id: number }>({
    title: '欠けている項番',
    message: ({ id }) => `項番 ${id} の runbook がありません。`,
    hint: '要件の全項目（1–101）に runbook が一つずつ必要です。削除していないか確認してください（git log -- runbooks/）。',
  }),
  'file-name-mismatch': define<{ name: string; id: number; expected: string }>({
    title: 'ファイル名と項番の不一致',
    message: ({ name, id }) => `ファイル名「${name}」が項番 ${id} と一致しません。`,
    hint: ({ expected }) => `ファイル名を「${expected}-（英小文字とハイフンの名前）.md」にしてください。`,
  }),
  'link-broken': define<{ href: string }>({
    title: 'リンク切れ',
    message: ({ href }) => `リンク先「${href}」の runbook がありません。`,
    hint: 'このファイルのフォルダーからの相対パスで、存在する runbook を指してください。',
  }),
  'related-unknown': define<{ id: number }>({
    title: '存在しない関連項番',
    message: ({ id }) => `related の項番 ${id} の runbook がありません。`,
    hint: 'related には存在する項番（1–101）だけを書いてください。',
  }),
  'period-unknown': define<{ text: string; term: string }>({
    title: '要件にない周期',
    message: ({ text, term }) =>
      text === term ? `周期「${text}」は要件にない表記です。` : `周期「${text}」の「${term}」は要件にない表記です。`,
    hint: PERIOD_HELP,
  }),
  'cycles-mismatch': define<{ period: string; expected: string; actual: string }>({
    title: '周期と cycles の不一致',
    message: ({ period, expected, actual }) =>
      `cycles [${actual}] が周期「${period}」と一致しません（期待: [${expected}]）。`,
    hint: 'cycles は period の各語を順に並べたものです（例: 月次／随時 → monthly, on-demand）。',
  }),
  'path-name-mismatch': define<{ last: string; name: string }>({
    title: '分類パスと名前の不一致',
    message: ({ last, name }) => `path の最後「${last}」が name「${name}」と一致しません。`,
    hint: 'path は 大分類/中分類/分類/運用項目名 で、最後の段が name です。',
  }),
  'file-missing': define({
    title: 'ファイルがない',
    message: () => 'ファイルがありません。',
    hint: 'リポジトリに含まれているはずのファイルです。git status や git log で削除されていないか確認してください。',
  }),
  'record-not-yaml': define({
    title: 'YAML ではない記録',
    message: () => 'records/ に YAML（.yaml）以外のファイルがあります。',
    hint: '記録は records/<種類>/<年>/<月>/<id>.yaml に一件一ファイルで置いてください。添付資料は別の場所に置きます。',
  }),
  'record-kind-unknown': define<{ kind: string; kinds: readonly string[] }>({
    title: '未知の記録の種類',
    message: ({ kind }) => `records/ の下の「${kind}」は記録の種類ではありません。`,
    hint: ({ kinds }) => `records/<種類>/ の種類は ${kinds.join('、')} のいずれかです。`,
  }),
  'record-id-duplicate': define<{ id: string; other: string }>({
    title: '重複した記録 id',
    message: ({ id, other }) => `記録 id ${id} は ${other} でも使われています。`,
    hint:
      'ブランチの一方で採番する前なら、後から作った記録を unyo new で採番し直してください。すでに main に入っているなら、後から作った記録のファイルを新しい id の名前に移し、id を書き換えて corrections に field: id、was: 元の id を追記します（unyo check --base は付け替えとして認めます）。',
  }),
  'record-path': define<{ expected: string }>({
    title: '記録の置き場所の誤り',
    message: ({ expected }) => `この記録の置き場所は ${expected} です。`,
    hint: '記録は records/<種類>/<at の年>/<at の月>/<id>.yaml に置きます。ファイルを移すか、id・at を確認してください。',
  }),
  'record-id-date': define<{ id: string; expected: string }>({
    title: 'id と日付の不一致',
    message: ({ id, expected }) => `id ${id} が日付と一致しません（期待: ${expected}）。`,
    hint: 'id の年（日次点検表は日付）は at の日付に合わせます。',
  }),
  'ref-unknown': define<{ what: string; value: string; where: string }>({
    title: '存在しない参照',
    message: ({ what, value }) => `${what}「${value}」が見つかりません。`,
    hint: ({ where }) => `${where} に登録されている id を書いてください（綴り・大文字小文字を確認）。`,
  }),
  'timeline-order': define<{ at: string; previous: string }>({
    title: '時系列の逆転',
    message: ({ at, previous }) => `${at} が前の出来事（${previous}）より前になっています。`,
    hint: 'timeline は起きた順に並べます。時刻の誤りは corrections に訂正として記録してください。',
  }),
  'timeline-after-close': define<{ closedAt: string }>({
    title: 'クローズ後の出来事',
    message: ({ closedAt }) => `クローズ（${closedAt}）の後に出来事があります。`,
    hint: 'クローズした記録には追記できません。再発した場合は新しいインシデントを起票して関連付けてください。',
  }),
  'interval-order': define<{ from: string; to: string }>({
    title: '開始と終了の逆転',
    message: ({ from, to }) => `終了 ${to} が開始 ${from} より前です。`,
    hint: '開始（from）と終了（to）を確認してください。',
  }),
  'timeline-before-start': define<{ at: string; type: string; start: string }>({
    title: '受付より前の出来事',
    message: ({ at, type, start }) => `${type}（${at}）が、サービスレベルの時計の始まり（受付・起票の早い方 ${start}）より前です。このままでは目標時間を 0 分で達成したことになります。`,
    hint: '出来事の時刻か、受付（received）・記録の at の時刻を確認してください。誤りは corrections に訂正として記録します。',
  }),
  'codeowners-stale': define({
    title: '古い CODEOWNERS',
    message: () => '.github/CODEOWNERS が settings/people.yaml の担当者・役割と合っていません。レビューを求める相手が違います。',
    hint: 'npx unyo codeowners --write で作り直し、一緒にコミットしてください。',
  }),
  'setting-id-removed': define<{ what: string; id: string; file: string }>({
    title: '記録が参照している設定の削除',
    message: ({ what, id, file }) => `${what}「${id}」が ${file} から消えていますが、記録がこの id を参照しています。`,
    hint: '設定の id は記録の証跡の一部なので消せません。もう使わないなら残したまま active: false（担当者）にするか、note に廃止日を書いてください。id を別のものに使い回すこともできません。',
  }),
  'person-renamed': define<{ id: string; was: string; name: string }>({
    title: '担当者の名前の書き換え',
    message: ({ id, was, name }) => `担当者 ${id} の名前が「${was}」から「${name}」に変わっていますが、以前の名前が formerNames にありません。過去の記録の署名が黙って変わります。`,
    hint: ({ was }) => `formerNames に { name: ${was}, until: <その名前を使った最後の日> } を追記してください。過去の記録はその日までの名前で表示されます。`,
  }),
  'sla-field-changed': define<{ id: string; fields: string; commit: string }>({
    title: 'サービスレベルの基準の書き換え',
    message: ({ id, fields, commit }) => `対応中のインシデント ${id} の ${fields} が訂正の記録なしに変わっています（作成: ${commit}）。受付日時・重要度・館はサービスレベルの目標と時計を決めるため、黙って書き換えられません。`,
    hint: '変えるときは corrections に（at・by・field・was・reason）を追記してください（例: field: severity、was: S3、reason: 全館に影響が広がったため S2 に変更）。',
  }),
  'pause-overlap': define<{ from: string; previous: string }>({
    title: '重なった待ち時間',
    message: ({ from, previous }) => `待ち時間（${from} から）が、前の待ち時間（${previous} から）と重なっています。重なった分が二重に差し引かれます。`,
    hint: '待ち時間（pauses）は重ならないように、前の待ちの to を書いてから次の待ちを始めてください。',
  }),
  'pause-outside': define<{ from: string; start: string }>({
    title: '受付より前の待ち時間',
    message: ({ from, start }) => `待ち時間（${from} から）が、受付・起票（${start}）より前に始まっています。`,
    hint: '待ち時間は受付の後、復旧までの間にだけ書けます。時刻を確認してください。',
  }),
  'record-future': define<{ value: string; now: string }>({
    title: '未来の日時',
    message: ({ value, now }) => `日時 ${value} が現在（${now}）より後です。`,
    hint: '実施した記録には実際の日時を書きます。予定は change の window や minutes の next に、会議前に書く議事録は status: draft を付けて書いてください。',
  }),
  'report-subject': define<{ report: string; subject: string; wanted: string }>({
    title: '報告書の対象の記録',
    message: ({ report, subject, wanted }) => (subject === '' ? `${report}に対象の記録（subject）がありません。` : `${report}の対象「${subject}」は${wanted}ではありません。`),
    hint: ({ wanted }) => `subject に${wanted}の id を書いてください（例: 障害報告書は INC-2026-0105、議事録は MTG-2026-0011）。`,
  }),
  'daily-check-anomaly': define<{ subject: string; what: string }>({
    title: '説明のない異常',
    message: ({ subject, what }) => `${subject}: ${what} ですが、所見（note）もインシデント（incident）もありません。`,
    hint: 'しきい値（settings/devices.yaml の thresholds）を超えた値や失敗は、その行に note で所見を書くか、incident に起票したインシデント番号（INC-2026-0001 の形）を書いてください。',
  }),
  'daily-check-source': define<{ source: string }>({
    title: '取込元のない値',
    message: ({ source }) => `取込元「${source}」がこの点検表の sources にありません。`,
    hint: 'source には sources に記録した取込ファイル名を書きます。手で入力した値なら source の行を削除してください。',
  }),
  'personal-data': define<{ what: string }>({
    title: '利用者の個人情報',
    message: ({ what }) => `利用者の個人情報と思われる${what}があります。`,
    hint: '記録には利用者の氏名・電話番号・メールアドレス・利用者カード番号を書かないでください（項番 95）。件数や「利用者A」のような表現にします。',
  }),
  'record-deleted': define<{ id: string; commit: string }>({
    title: '記録の削除',
    message: ({ id, commit }) => `記録 ${id} が削除されています（作成: ${commit}）。`,
    hint: '記録は証跡なので削除できません。誤りは corrections に訂正として追記してください。',
  }),
  'closed-record-changed': define<{ id: string; fields: string; commit: string }>({
    title: 'クローズ済みの記録の変更',
    message: ({ id, fields, commit }) => `クローズ済みの記録 ${id} の ${fields} が変更されています（作成: ${commit}）。`,
    hint: '元の値に戻し、訂正は corrections に（at・by・field・was・reason）を追記してください。field に変更した項目を書くと認められます。',
  }),
  'timeline-rewritten': define<{ id: string; index: number; commit: string }>({
    title: '時系列の書き換え',
    message: ({ id, index, commit }) => `記録 ${id} の timeline[${index}] が書き換えられたか削除されています（作成: ${commit}）。`,
    hint: 'timeline には追記だけができます。誤りは corrections に field: timeline[番号].項目 として訂正を追記してください。',
  }),
  'correction-rewritten': define<{ id: string }>({
    title: '訂正の書き換え',
    message: ({ id }) => `記録 ${id} の既存の corrections が書き換えられたか削除されています。`,
    hint: 'corrections には追記だけができます。',
  }),
  'record-id-reused': define<{ id: string; commit: string }>({
    title: '記録 id の再利用',
    message: ({ id, commit }) => `記録 id ${id} は以前に使われています（作成: ${commit}）。`,
    hint: '削除・移動した記録の id は再利用できません。unyo new で新しい id を採番してください。',
  }),
  'shift-rule': define<{ rule: string; message: string }>({
    title: 'シフト表のルール違反・欠員',
    message: ({ rule, message }) => `［${rule}］${message}`,
    hint: 'settings/roster.yaml のルール・希望休と照らしてシフトを直すか、理由を notes に書いて図書館と合意してください（npx unyo shift <月> で案を確認できます）。',
  }),
  'git-base-unknown': define<{ base: string }>({
    title: '比較元が見つからない',
    message: ({ base }) => `比較元「${base}」が Git にありません。`,
    hint: 'git fetch で取得するか、ブランチ名・コミットを確認してください（例: --base origin/main）。',
  }),
  // Issue 12 part 4: operator work falls due only where an operator is on shift.
  'operator-work-unstaffed': define<{ when: string; message: string }>({
    title: '出勤者のいない日の運用支援業務',
    message: ({ when, message }) => `シフト表の ${when}: ${message}`,
    hint: 'その日にオペレーターを入れるか（unyo shift <月> で案を確認）、休館日の扱いを settings/calendar.yaml の operatorWork.closedDays（next-staffed-day 翌出勤日にまとめる・skip 行わない・on-call 当番が行う）で決めてください。',
  }),
  // The configuration ledgers of items 39, 42, 47 and 48 (issue 12).
  'software-not-installed': define<{ name: string; device: string; state: string }>({
    title: '導入されていないソフトウェアの削除',
    message: ({ name, device, state }) => `${device} の ${name} は、この記録の時点で${state === 'removed' ? 'すでに削除済みです' : 'インストールソフトウェア一覧にありません'}。`,
    hint: '削除（state: removed）は一覧にある導入済みの行にだけ書きます。機器・ソフトウェア名の綴りを、棚卸しや導入の記録（type: software）と揃えてください。',
  }),
  'tape-uses-decreased': define<{ medium: string; uses: number; previous: number; record: string }>({
    title: '減った利用回数',
    message: ({ medium, uses, previous, record }) => `媒体 ${medium} の利用回数 ${uses} 回が、前回の ${record} の ${previous} 回より少なくなっています。`,
    hint: '利用回数はバックアップソフトの媒体情報から転記します。転記の誤りか、ラベルの取り違え（別の媒体）でないか確認してください。',
  }),
  'tape-retired-in-use': define<{ medium: string; state: string; record: string }>({
    title: '交換済みの媒体の再使用',
    message: ({ medium, state, record }) => `媒体 ${medium} は ${record} で${state === 'disposed' ? '廃棄済' : '交換済・保管中'}になっていますが、使用中（in-use）として記録されています。`,
    hint: '交換した媒体は媒体プールに戻しません。新しい媒体は新しい媒体番号で登録してください（項番42）。',
  }),
  'permission-reviewer': define<{ reviewer: string; reason: 'role' | 'self' }>({
    title: '権限一覧のレビュー者',
    message: ({ reviewer, reason }) => (reason === 'self' ? `一覧を作成した ${reviewer} が自分でレビューしています。` : `レビュー者 ${reviewer} は SE（se・pl・pm）ではありません。`),
    hint: '権限付与リストのレビューは維持管理業務（SE）です（項番47・48）。reviewedBy には一覧を作成したオペレータ以外の SE を書いてください。',
  }),
  // Append-only history verified against Git (issue 11: corrections, real files, shallow clones, renumbering).
  'correction-field-invalid': define<{ index: number; field: string }>({
    title: '訂正の項目名の誤り',
    message: ({ index, field }) => `corrections[${index}] の field「${field}」は項目の書き方になっていません。`,
    hint: 'field には訂正した項目を severity、source.site、timeline[1].at のように書いてください（番号は 0 から数えます）。',
  }),
  'correction-field-not-leaf': define<{ index: number; field: string }>({
    title: '訂正の項目が大きすぎる',
    message: ({ index, field }) => `corrections[${index}] の field「${field}」は一覧か項目のまとまり全体を指しています。`,
    hint: '訂正は一つの値ごとに書きます。timeline なら timeline[1].at のように事象の項目を指してください。事象の削除や並べ替えは訂正では認められません。',
  }),
  'correction-unchanged': define<{ index: number; field: string }>({
    title: '変わっていない項目の訂正',
    message: ({ index, field }) => `corrections[${index}] の ${field} は、訂正を追記したコミットで値が変わっていません。`,
    hint: '訂正は値を直すのと同じコミットで追記してください。field が直した項目を指しているか確認してください。',
  }),
  'correction-was-wrong': define<{ index: number; field: string; was: string; actual: string }>({
    title: '訂正前の値の誤り',
    message: ({ index, field, was, actual }) =>
      `corrections[${index}] の was は「${was}」ですが、訂正前の ${field} は「${actual === '' ? '（なし）' : actual}」でした。`,
    hint: 'was には訂正前に書かれていた値をそのまま書いてください（値がなかった項目は was: ""）。',
  }),
  'correction-at-out-of-range': define<{ index: number; at: string; opened: string }>({
    title: '訂正の日時が範囲外',
    message: ({ index, at, opened }) => `corrections[${index}] の at（${at}）が、記録の日時（${opened}）より前か、現在より後です。`,
    hint: 'at には訂正した日時を書いてください。記録の日時より後で、未来ではない日時です。',
  }),
  'timeline-reordered': define<{ id: string; index: number; from: number; commit: string }>({
    title: '時系列の並べ替え',
    message: ({ id, index, from, commit }) => `記録 ${id} の timeline[${index}] に、元は timeline[${from}] だった事象が移っています（作成: ${commit}）。`,
    hint: 'timeline の事象は削除も並べ替えもできません。元の順に戻し、誤った項目だけを corrections で訂正してください。',
  }),
  'record-renumber-not-duplicate': define<{ id: string; was: string }>({
    title: '重複していない id の付け替え',
    message: ({ id, was }) => `記録 ${id} は ${was} から id を付け替えていますが、${was} はほかのどの記録にも使われていません。`,
    hint: 'id の付け替えは、同じ id の記録が二つ main に入ったときに後の記録だけに使います。元の id とファイル名に戻してください。',
  }),
  'git-symlink': define<{ path: string }>({
    title: 'Git 上のシンボリックリンク',
    message: ({ path }) => `${path} が Git にシンボリックリンク（mode 120000）として登録されています。`,
    hint: '記録（records/ とその下のフォルダー・ファイル）は実際のフォルダーとファイルとしてコミットしてください（git rm --cached でリンクを外し、実体を git add します）。',
  }),
  'git-shallow': define<{ base: string }>({
    title: '履歴の浅いクローン',
    message: ({ base }) => `浅いクローン（shallow clone）のため、比較元「${base}」との比較ができません。削除された記録や作成したコミットを正しく調べられません。`,
    hint: 'git fetch --unshallow で履歴をすべて取得してから実行してください（GitHub Actions では actions/checkout に fetch-depth: 0）。',
  }),

  // ── runbooks agree with their cycles, the record schemas and the settings (issue 12) ──
  'runbook-timing-contradicts-cycle': define<{ prose: string; cycle: string; kind: string }>({
    title: '本文の実施時期が周期（cycles）と食い違う',
    message: ({ prose, cycle, kind }) => `本文は「${prose}」と書いていますが、cycles の${kind}は「${cycle}」です。`,
    hint: '実施時期は cycles（と settings/calendar.yaml）が決めます。本文の時期を {{timing}} に置き換えるか（ページには cycles から生成した時期が表示されます）、cycles を直してください。例示や別の作業の日付なら、その行に <!-- 時期の照合外 --> を書けば照合しません。',
  }),
  'evidence-kind-unstored': define<{ kind: string }>({
    title: '記録として保存しない種類のフィールド指定',
    message: ({ kind }) => `evidence の「${kind}」は records/ に保存する記録の種類ではないため、fields を指定できません。`,
    hint: 'fields を消して種類だけを書くか（例: evidence: [ schedule ]）、保存する記録の種類を指定してください。',
  }),
  'evidence-field-unknown': define<{ kind: string; field: string; known: string }>({
    title: '記録のスキーマにないフィールド',
    message: ({ kind, field }) => `evidence の ${kind} にフィールド「${field}」はありません（記録のスキーマ packages/schema/src/records/ にない項目は unyo check が記録を拒否します）。`,
    hint: ({ known }) => `この階層で使えるフィールド: ${known}。スキーマにない事項は note に書くよう本文で案内するか、スキーマに項目を追加してください。`,
  }),
  'reference-unknown': define<{ raw: string; known: string }>({
    title: '未知の参照',
    message: ({ raw }) => `参照「${raw}」の名前を知りません。`,
    hint: ({ known }) => `使える参照: ${known}。書式は packages/check/README.md の「本文の参照」を見てください。`,
  }),
  'reference-arg': define<{ raw: string; problem: string; known: string }>({
    title: '参照の引数の誤り',
    message: ({ raw, problem }) => `参照「${raw}」: ${problem}`,
    hint: ({ known }) => (known === '' ? '書式は packages/check/README.md の「本文の参照」を見てください。' : `使える値: ${known}。settings/sla.yaml にある id を書いてください。`),
  }),
  'reference-no-settings': define<{ raw: string; file: string }>({
    title: '参照先の設定ファイルがない',
    message: ({ raw, file }) => `参照「${raw}」を表示するための ${file} がありません、または読めません。`,
    hint: ({ file }) => `${file} を置くか、その問題を先に直してください。`,
  }),
  'outside-reference': define<{ text: string }>({
    title: 'リポジトリの外のファイルを参照している',
    message: ({ text }) => `本文が「${text}」を参照していますが、これはリポジトリの外のファイルです。`,
    hint: '読む人が開けるよう、リポジトリの中の設定（settings/）や runbook を指すか、値を {{sla:…}} などの参照で表示してください。',
  }),
  // Personal-data screening (issue 11, part 6): names by context, and runbook bodies.
  'personal-data-name': define<{ name: string; cue: string }>({
    title: '利用者の氏名',
    message: ({ name, cue }) => `利用者の氏名と思われる「${name}」があります（${cue}から判断しました）。`,
    hint: '利用者の個人情報は記録に書かず、利用者番号の下4桁や「利用者A」などに置き換えてください。職員の名前なら by などに people の id で書いてください。',
  }),
  'personal-data-runbook': define<{ what: string }>({
    title: '手順書の中の個人情報',
    message: ({ what }) => `手順書の本文に利用者の個人情報と思われる${what}があります。`,
    hint: '利用者の個人情報は手順書に書かず、利用者番号の下4桁や「利用者A」などに置き換えてください。例を示すなら 03-xxxx-xxxx のように伏せて書きます。',
  }),
} as const satisfies Record<string, ProblemDefinition<never>>;

export type ProblemCode = keyof typeof CATALOGUE;

export type ProblemArgs<C extends ProblemCode> = Parameters<(typeof CATALOGUE)[C]['message']>[0];
