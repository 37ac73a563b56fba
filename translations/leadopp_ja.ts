<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiClient</name>
    <message>
        <source>The create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>%1 was sent, but the server closed the connection without answering.</source>
        <translation>%1を送信しましたが、サーバーは応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>%1 was sent and the server began to answer, but the connection broke before the answer was complete.</source>
        <translation>%1を送信し、サーバーは応答を始めましたが、応答が完了する前に接続が切れました。</translation>
    </message>
    <message>
        <source>%1 was sent and the server answered with success, but its answer was cut off.</source>
        <translation>%1を送信し、サーバーは成功を返しましたが、応答が途中で切れていました。</translation>
    </message>
    <message>
        <source>%1 was sent, but no complete answer came in time.</source>
        <translation>%1を送信しましたが、完全な応答が時間内に届きませんでした。</translation>
    </message>
    <message>
        <source>The server was asked: it has the lead (partner id %1, 3DS id %2), so the create landed and was not sent again.</source>
        <translation>サーバーに確認しました。リード（パートナーID %1、3DS ID %2）が存在するため、作成は届いており、再送信していません。</translation>
    </message>
    <message>
        <source>The server was asked: the lead holds the sent values, so the update landed and was not sent again.</source>
        <translation>サーバーに確認しました。リードに送信した値が入っているため、更新は届いており、再送信していません。</translation>
    </message>
    <message>
        <source>The server was asked: no lead has partner id %1, so the create did not land. It was not sent again; submit once more to create it.</source>
        <translation>サーバーに確認しました。パートナーID %1 のリードはないため、作成は届いていません。再送信はしていません。作成するにはもう一度送信してください。</translation>
    </message>
    <message>
        <source>The server was asked: the lead does not hold the sent values, so the update did not land. It was not sent again; submit once more.</source>
        <translation>サーバーに確認しました。リードに送信した値が入っていないため、更新は届いていません。再送信はしていません。もう一度送信してください。</translation>
    </message>
    <message>
        <source>Asking the server whether it landed failed too. Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>届いたかどうかのサーバーへの確認も失敗しました。再送信はしていません。もう一度送信する前に、パートナーID %1 を検索するか、リードを取得してください。</translation>
    </message>
    <message>
        <source>Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>再送信はしていません。もう一度送信する前に、パートナーID %1 を検索するか、リードを取得してください。</translation>
    </message>
    <message>
        <source>The server kept the connection open without finishing its answer within the overall deadline of %1 s, so the request was ended.</source>
        <translation>サーバーが全体の制限時間 %1 秒以内に応答を終えずに接続を開いたままにしたため、リクエストを終了しました。</translation>
    </message>
    <message>
        <source>The server asked to wait 1 second.</source>
        <translation>サーバーから 1 秒待つよう求められました。</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>サーバーから %n 秒待つよう求められました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API accepted the lead opportunity.</source>
        <translation>パートナーAPIが商談を受け付けました。</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP %1) without naming a field; its own words are listed below.</source>
        <translation>パートナーAPIは項目を示さずに商談を拒否しました（HTTP %1）。API自身のメッセージを下に示します。</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP 400) without naming a field.</source>
        <translation>パートナーAPIは項目を示さずに商談を拒否しました（HTTP 400）。</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity: 1 field error to fix.</source>
        <translation>パートナーAPIが商談を拒否しました。修正が必要な項目エラーが 1 件あります。</translation>
    </message>
    <message numerus="yes">
        <source>The partner API rejected the lead opportunity: %n field errors to fix.</source>
        <translation>
            <numerusform>パートナーAPIが商談を拒否しました。修正が必要な項目エラーが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API did not receive an API key (HTTP 401). Enter the key for this environment in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>パートナーAPIがAPIキーを受け取っていません（HTTP 401）。エディターでこの環境のキーを入力する（送信 ▸ APIキーと設定）か、LEADOPP_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>The API key is not allowed for this partner or operation (HTTP 403). Check that the key belongs to the partner legal entity of this lead opportunity.</source>
        <translation>このAPIキーは、このパートナーまたは操作には許可されていません（HTTP 403）。キーがこの商談のパートナー法人のものか確認してください。</translation>
    </message>
    <message>
        <source>The partner API refused a date (HTTP 406, ERR805): close date and next milestone date must be ISO 8601 date-times in UTC, such as 2025-06-01T18:46:51.326Z.</source>
        <translation>パートナーAPIが日付を拒否しました（HTTP 406、ERR805）。完了予定日と次のマイルストーン日は、2025-06-01T18:46:51.326Z のような UTC の ISO 8601 日時でなければなりません。</translation>
    </message>
    <message>
        <source>The partner API asks to slow down (HTTP 429, too many requests). Wait a moment and try again.</source>
        <translation>パートナーAPIから間隔を空けるよう求められました（HTTP 429、リクエスト過多）。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The partner API does not know this 3DS id or it belongs to another partner (HTTP 500, ERROR_048).</source>
        <translation>パートナーAPIはこの 3DS ID を認識していないか、別のパートナーのものです（HTTP 500、ERROR_048）。</translation>
    </message>
    <message>
        <source>The partner API is under maintenance (HTTP 503). Try again later.</source>
        <translation>パートナーAPIはメンテナンス中です（HTTP 503）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The partner API failed with HTTP %1. Try again later; if it persists, give 3DS support the trace id.</source>
        <translation>パートナーAPIが HTTP %1 で失敗しました。しばらくしてから再試行し、解決しない場合は 3DS サポートにトレースIDを伝えてください。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the environment&apos;s address and that the server is running.</source>
        <translation>サーバーが接続を拒否しました。環境のアドレスと、サーバーが稼働しているかを確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The create was not sent again: the partner lead opportunity id prevents duplicates, so search for it or fetch the lead before creating it once more.</source>
        <translation>サーバーが時間内に応答しませんでした。作成は再送信していません。パートナー商談IDが重複を防ぐため、もう一度作成する前に検索するかリードを取得してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>サーバーが時間内に応答しませんでした。接続を確認して再試行してください。</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS): the server&apos;s certificate or handshake was not accepted. Nothing was sent.</source>
        <translation>セキュア接続に失敗しました（TLS）。サーバーの証明書またはハンドシェイクが受け入れられませんでした。何も送信していません。</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS). Check the environment&apos;s address and the network connection.</source>
        <translation>サーバー名を解決できませんでした（DNS）。環境のアドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON (HTTP %1), probably a proxy or gateway page.</source>
        <translation>サーバーが JSON ではない内容で応答しました（HTTP %1）。プロキシまたはゲートウェイのページと思われます。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without the list of leads a search answer holds; nothing was read from it, so no lead counts as found or not found.</source>
        <translation>サーバーは HTTP %1 で応答しましたが、検索の応答にあるはずのリードの一覧がありません。何も読み取っていないため、どのリードも見つかった・見つからなかったとは扱いません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the client accepts and was cut off.</source>
        <translation>サーバーの応答がクライアントの受け入れ上限を超えたため、切り詰められました。</translation>
    </message>
    <message>
        <source>The API key was not sent: plain HTTP is only allowed to this computer (loopback). Use an https address.</source>
        <translation>APIキーは送信していません。暗号化されていない HTTP はこのコンピューター（ループバック）宛てにしか使えません。https のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>No API key is configured for this environment, so nothing was sent. Enter it in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>この環境にはAPIキーが設定されていないため、何も送信していません。エディターで入力する（送信 ▸ APIキーと設定）か、LEADOPP_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>The submission was cancelled.</source>
        <translation>送信を取り消しました。</translation>
    </message>
    <message>
        <source>The network request failed. Check the connection and try again.</source>
        <translation>ネットワーク要求に失敗しました。接続を確認して再試行してください。</translation>
    </message>
    <message>
        <source>The server redirected the request to another host or too many times; the redirect was not followed, so the API key did not leave for another host.</source>
        <translation>サーバーがリクエストを別のホストへ、または何度もリダイレクトしました。リダイレクトには従っていないため、APIキーが別のホストへ送られることはありませんでした。</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>not sent: an update cannot clear it</source>
        <translation>未送信: 更新では消去できません</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The draft has no valid format version.</source>
        <translation>下書きに有効な形式バージョンがありません。</translation>
    </message>
    <message>
        <source>This draft was saved in format version %1 by a newer release; this release reads format version %2 at most, so please update the editor.</source>
        <translation>この下書きは新しいリリースで形式バージョン %1 として保存されています。このリリースが読めるのは形式バージョン %2 までです。エディターを更新してください。</translation>
    </message>
    <message>
        <source>The record of this draft is not a JSON object.</source>
        <translation>この下書きのレコードは JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>ファイル「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>「%1」はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The file “%1” is too large (%2 MB); a lead opportunity file holds at most %3 MB.</source>
        <translation>ファイル「%1」は大きすぎます（%2 MB）。商談ファイルの上限は %3 MB です。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>ファイル「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>The member “%1” occurs %2 times in %3; the last value is kept.</source>
        <translation>メンバー「%1」が %3 に %2 回出現します。最後の値を使用します。</translation>
    </message>
    <message>
        <source>The number %1 in %2 has more digits than a number holds; it is read, saved and sent as %3.</source>
        <translation>%2 の数値 %1 は数値が保持できる桁数を超えています。%3 として読み込み・保存・送信されます。</translation>
    </message>
    <message>
        <source>It is %1 text; lead opportunity files are UTF-8, so save it as UTF-8 and open it again.</source>
        <translation>これは %1 のテキストです。商談ファイルは UTF-8 なので、UTF-8 で保存してから開き直してください。</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); a lead opportunity file holds at most %2 MB.</source>
        <translation>ファイルが大きすぎます（%1 MB）。商談ファイルの上限は %2 MB です。</translation>
    </message>
    <message>
        <source>The file holds a JSON array, not a lead opportunity object.</source>
        <translation>このファイルには商談オブジェクトではなく JSON 配列が含まれています。</translation>
    </message>
    <message>
        <source>The file holds a single JSON text, not a lead opportunity object.</source>
        <translation>このファイルには商談オブジェクトではなく JSON テキストが 1 つだけ含まれています。</translation>
    </message>
    <message>
        <source>The file holds a single JSON number, not a lead opportunity object.</source>
        <translation>このファイルには商談オブジェクトではなく JSON 数値が 1 つだけ含まれています。</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, not a lead opportunity object.</source>
        <translation>このファイルには商談オブジェクトではなく JSON 値が 1 つだけ含まれています。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text (invalid byte 0x%2).</source>
        <translation>%1: ファイルが UTF-8 テキストではありません（無効なバイト 0x%2）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>ファイルが UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>This is a response without a lead record (HTTP status %1).</source>
        <translation>これはリードのレコードを含まない応答です（HTTP ステータス %1）。</translation>
    </message>
    <message>
        <source>This is a response without a lead record.</source>
        <translation>これはリードのレコードを含まない応答です。</translation>
    </message>
    <message>
        <source>This file is not a lead opportunity: it is neither a draft, nor a request body with “leadOpportunity”, nor an API response.</source>
        <translation>このファイルは商談ではありません。下書きでも、「leadOpportunity」を含むリクエスト本文でも、API の応答でもありません。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Row %1 of the section “%2” must be a JSON object, but it is %3.</source>
        <translation>セクション「%2」の %1 行目は JSON オブジェクトでなければなりませんが、%3 です。</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON array of objects, but it is %2.</source>
        <translation>セクション「%1」はオブジェクトの JSON 配列でなければなりませんが、%2 です。</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON object, but it is %2.</source>
        <translation>セクション「%1」は JSON オブジェクトでなければなりませんが、%2 です。</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>0 to 100</source>
        <translation>0～100</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters.</source>
        <translation>この項目に入力できるのは最大 %1 文字です。</translation>
    </message>
    <message>
        <source>Not one of the values the API accepts</source>
        <translation>API が受け付ける値ではありません</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>1 行に 1 つ</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>Open lead</source>
        <translation>オープンリード</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>評価済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受諾済み</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>オープン商談</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>確立</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>Upside</source>
        <translation>アップサイド</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>確実</translation>
    </message>
    <message>
        <source>Longshot</source>
        <translation>可能性低</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Solution functionality</source>
        <translation>ソリューションの機能</translation>
    </message>
    <message>
        <source>Stronger value proposition</source>
        <translation>より強い価値提案</translation>
    </message>
    <message>
        <source>Lower costs of ownership</source>
        <translation>所有コストの低さ</translation>
    </message>
    <message>
        <source>Lower implementation costs</source>
        <translation>導入コストの低さ</translation>
    </message>
    <message>
        <source>Good customer references</source>
        <translation>顧客事例の充実</translation>
    </message>
    <message>
        <source>Offer terms &amp; conditions</source>
        <translation>提案の取引条件</translation>
    </message>
    <message>
        <source>Lower software costs</source>
        <translation>ソフトウェアコストの低さ</translation>
    </message>
    <message>
        <source>Strong client relationship</source>
        <translation>顧客との強い関係</translation>
    </message>
    <message>
        <source>DS skills &amp; expertise</source>
        <translation>DS のスキルと専門知識</translation>
    </message>
    <message>
        <source>Partner skills &amp; expertise</source>
        <translation>パートナーのスキルと専門知識</translation>
    </message>
    <message>
        <source>Partner (CSI) relationship</source>
        <translation>パートナー（CSI）との関係</translation>
    </message>
    <message>
        <source>SalesOperations activities</source>
        <translation>SalesOperations の活動</translation>
    </message>
    <message>
        <source>IT driven activities</source>
        <translation>IT 主導の活動</translation>
    </message>
    <message>
        <source>Better competition offer</source>
        <translation>競合のより良い提案</translation>
    </message>
    <message>
        <source>Client does not see value</source>
        <translation>顧客が価値を認めない</translation>
    </message>
    <message>
        <source>Lack or loss of champion</source>
        <translation>推進者の不在または喪失</translation>
    </message>
    <message>
        <source>Functional gap</source>
        <translation>機能不足</translation>
    </message>
    <message>
        <source>High implementation cost</source>
        <translation>導入コストが高い</translation>
    </message>
    <message>
        <source>Lack of references</source>
        <translation>事例不足</translation>
    </message>
    <message>
        <source>Offer does not match needs</source>
        <translation>提案がニーズに合わない</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>品質の問題</translation>
    </message>
    <message>
        <source>DS skills &amp; support issue</source>
        <translation>DS のスキルとサポートの問題</translation>
    </message>
    <message>
        <source>Partner skills &amp; support</source>
        <translation>パートナーのスキルとサポート</translation>
    </message>
    <message>
        <source>Relationship level issue</source>
        <translation>関係レベルの問題</translation>
    </message>
    <message>
        <source>Software cost too high</source>
        <translation>ソフトウェアコストが高すぎる</translation>
    </message>
    <message>
        <source>Terms &amp; conditions issue</source>
        <translation>取引条件の問題</translation>
    </message>
    <message>
        <source>Cost of sales too high</source>
        <translation>販売コストが高すぎる</translation>
    </message>
    <message>
        <source>Lack of skills to support</source>
        <translation>サポートするスキルの不足</translation>
    </message>
    <message>
        <source>Lack of tech resources</source>
        <translation>技術リソースの不足</translation>
    </message>
    <message>
        <source>Not a priority for DS</source>
        <translation>DS にとって優先度が低い</translation>
    </message>
    <message>
        <source>Not a priority for partner</source>
        <translation>パートナーにとって優先度が低い</translation>
    </message>
    <message>
        <source>Client bankrupt/acquired</source>
        <translation>顧客の倒産・買収</translation>
    </message>
    <message>
        <source>Client has no (more) need</source>
        <translation>顧客のニーズがない（なくなった）</translation>
    </message>
    <message>
        <source>Client has no (more) budget</source>
        <translation>顧客の予算がない（なくなった）</translation>
    </message>
    <message>
        <source>Duplicate copy</source>
        <translation>重複コピー</translation>
    </message>
    <message>
        <source>Lost to another partner</source>
        <translation>他のパートナーに奪われた</translation>
    </message>
    <message>
        <source>Territory reject</source>
        <translation>テリトリーによる却下</translation>
    </message>
    <message>
        <source>Inadequate references</source>
        <translation>事例が不十分</translation>
    </message>
    <message>
        <source>Wrong partner/DS sales</source>
        <translation>パートナー/DS 営業の誤り</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>情報不足</translation>
    </message>
    <message>
        <source>Incorrect channel</source>
        <translation>チャネルの誤り</translation>
    </message>
    <message>
        <source>Unmovable competitor</source>
        <translation>置き換え不可能な競合</translation>
    </message>
    <message>
        <source>Opportunity already exists</source>
        <translation>商談が既に存在する</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source>Immature project</source>
        <translation>未成熟なプロジェクト</translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>重複リード</translation>
    </message>
    <message>
        <source>Duplicate opportunity</source>
        <translation>重複商談</translation>
    </message>
    <message>
        <source>Customer bankruptcy</source>
        <translation>顧客の倒産</translation>
    </message>
    <message>
        <source>Never succeeded in reaching the customer (mail/phone/letter)</source>
        <translation>顧客に一度も連絡がつかなかった（メール/電話/郵便）</translation>
    </message>
    <message>
        <source>Not enough relevant evidence to escalate with the customer (at risk in court)</source>
        <translation>顧客へエスカレーションする十分な証拠がない（訴訟リスク）</translation>
    </message>
    <message>
        <source>ROI for enforcement not viable</source>
        <translation>執行の費用対効果が見合わない</translation>
    </message>
    <message>
        <source>Valid customer explanation (approved by legal)</source>
        <translation>顧客の正当な説明（法務部承認済み）</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>統合済み</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>一括</translation>
    </message>
    <message>
        <source>Rental booking</source>
        <translation>レンタル契約</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>サポートサービス</translation>
    </message>
    <message>
        <source>Services signing</source>
        <translation>サービス契約</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>サンドボックス（このコンピューター）</translation>
    </message>
    <message>
        <source>Partner development</source>
        <translation>パートナー開発</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Preproduction</source>
        <translation>プレプロダクション</translation>
    </message>
    <message>
        <source>Postproduction</source>
        <translation>ポストプロダクション</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>サーバーがエラー %1 を報告しました。</translation>
    </message>
    <message>
        <source>The server rejected this value.</source>
        <translation>サーバーがこの値を拒否しました。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>サーバーが本文なしで HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server answered with an empty body.</source>
        <translation>サーバーが本文なしで応答しました。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a non-JSON body.</source>
        <translation>サーバーが JSON ではない本文で HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server answered with a non-JSON body.</source>
        <translation>サーバーが JSON ではない本文で応答しました。</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1) without naming a field.</source>
        <translation>サーバーは項目を示さずに失敗しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server rejected the submission (HTTP %1) without naming a field.</source>
        <translation>サーバーは項目を示さずに送信を拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server rejected the submission without naming a field.</source>
        <translation>サーバーは項目を示さずに送信を拒否しました。</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Partner id</source>
        <translation>パートナーID</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>3DS ID</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>パートナー商談ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>3DS 担当者のメール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>予測カテゴリ</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>完了予定日</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>次のマイルストーン</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>次のマイルストーン日</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>COMET キャンペーンコード</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>市場開拓戦術ID</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>受注理由</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>受注/失注コメント</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>承認ステータス</translation>
    </message>
    <message>
        <source>Engagement type</source>
        <translation>関与タイプ</translation>
    </message>
    <message>
        <source>PO information</source>
        <translation>注文情報</translation>
    </message>
    <message>
        <source>PO status</source>
        <translation>注文ステータス</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>SBO indicator</source>
        <translation>SBO 区分</translation>
    </message>
    <message>
        <source>SBO status</source>
        <translation>SBO ステータス</translation>
    </message>
    <message>
        <source>SBO number</source>
        <translation>SBO 番号</translation>
    </message>
    <message>
        <source>Growth type</source>
        <translation>成長タイプ</translation>
    </message>
    <message>
        <source>Lead priority</source>
        <translation>リードの優先度</translation>
    </message>
    <message>
        <source>Level of interest</source>
        <translation>関心度</translation>
    </message>
    <message>
        <source>3DS comment</source>
        <translation>3DS コメント</translation>
    </message>
    <message>
        <source>Partner import mode</source>
        <translation>パートナーのインポート方式</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Revenue type</source>
        <translation>売上タイプ</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>3DS サイトID</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS 番号</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT 番号</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>住所 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>住所 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>都道府県・州</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Offer line</source>
        <translation>オファー明細</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>顧客法人</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>顧客担当者</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>パートナー担当者</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>— addressed, will be checked on the next submit</source>
        <translation>— 対応済み。次回の送信時に確認されます</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Server (addressed)</source>
        <translation>サーバー（対応済み）</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Draft open elsewhere</source>
        <translation>下書きは別の場所で開かれています</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Open it read-only, or edit a copy that you save under a new name?</source>
        <translation>「%1」は別のエディター ウィンドウで編集中です (%2)。読み取り専用で開きますか、それとも別名で保存するコピーを編集しますか?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <source>Edit a &amp;Copy</source>
        <translation>コピーを編集(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Read-only: “%1” is open for editing in another editor window (%2).</source>
        <translation>読み取り専用: 「%1」は別のエディター ウィンドウで編集中です (%2)。</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>A copy of “%1”, which is open for editing in another editor window (%2). Save it under a new name.</source>
        <translation>「%1」のコピーです (元のファイルは別のエディター ウィンドウで編集中: %2)。別名で保存してください。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since it was opened here. Replace it with this draft? The other changes are lost.</source>
        <translation>「%1」はここで開いた後に別のプログラムによってディスク上で変更されました。この下書きで置き換えますか? 他の変更は失われます。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>閉じる(&amp;D)</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program.</source>
        <translation>「%1」は別のプログラムによってディスク上で変更されました。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>自分の版を残す(&amp;K)</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk. This draft is the only copy now.</source>
        <translation>「%1」はディスク上で削除または移動されました。この下書きが唯一のコピーです。</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>再保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>開いたままにする(&amp;K)</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>unknown cause</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>「%1」を書き込めませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Accepted</source>
        <translation>受諾済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Rejected, no field named</source>
        <translation>却下 (項目の指定なし)</translation>
    </message>
    <message>
        <source>No API key received</source>
        <translation>APIキー未受信</translation>
    </message>
    <message>
        <source>API key not allowed</source>
        <translation>APIキー不許可</translation>
    </message>
    <message>
        <source>Date refused</source>
        <translation>日付の拒否</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエスト過多</translation>
    </message>
    <message>
        <source>Unknown 3DS id</source>
        <translation>不明な3DS ID</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス中</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>Answer not JSON</source>
        <translation>JSON以外の応答</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>Key withheld (plain HTTP)</source>
        <translation>キー送信を保留 (暗号化なしのHTTP)</translation>
    </message>
    <message>
        <source>No API key set</source>
        <translation>APIキー未設定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>リダイレクト拒否</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>Update (PATCH)</source>
        <translation>更新 (PATCH)</translation>
    </message>
    <message>
        <source>Create (POST)</source>
        <translation>作成 (POST)</translation>
    </message>
    <message>
        <source>Fetch (GET)</source>
        <translation>取得 (GET)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox store.</source>
        <translation>%1 はサンドボックスの保存先ではありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>LegalEntityForm</name>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>3DS サイトID</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS 番号</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT 番号</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>住所 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>住所 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>都道府県・州</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Lead opportunity drafts (*.leadopp.json);;JSON files (*.json);;All files (*)</source>
        <translation>商談の下書き (*.leadopp.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>%1 could not be opened.
%2</source>
        <translation>%1 を開けませんでした。
%2</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>商談を開く</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>「%1」に未保存の変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Save under another name.</source>
        <translation>「%1」は別のエディター ウィンドウで編集中です (%2)。別名で保存してください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>下書きを保存</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>エラーがあるままエクスポート</translation>
    </message>
    <message>
        <source>The draft still has validation errors; the server will probably refuse this body. Export it anyway?</source>
        <translation>下書きにはまだ検証エラーがあり、サーバーはこの本文を拒否する可能性が高いです。それでもエクスポートしますか？</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>POST 本文をエクスポート</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>PATCH 本文をエクスポート</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>“%1” could mean %2 or %3; type one of these so that it cannot be misread.</source>
        <translation>「%1」は %2 とも %3 とも読めます。読み違えのないよう、どちらかの形で入力してください。</translation>
    </message>
    <message>
        <source>“%1” has more digits than a number holds; it would be stored and sent as %2. Type it with fewer digits.</source>
        <translation>「%1」は数値が保持できる桁数を超えています。%2 として保存・送信されます。桁数を減らして入力してください。</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>Identification</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>パートナーID</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>3DS ID</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>パートナー商談ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>3DS 担当者のメール</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>予測カテゴリ</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>完了予定日</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>次のマイルストーン</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>次のマイルストーン日</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>COMET キャンペーンコード</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>市場開拓戦術ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>受注理由</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>受注/失注コメント</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <source>“%1” is not one of the choices for %2.</source>
        <translation>「%1」は%2の選択肢にありません。</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <source>The clipboard holds several cells or lines; paste one value at a time.</source>
        <translation>クリップボードに複数のセルまたは行があります。値は1つずつ貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 takes a single line; the text holds line breaks.</source>
        <translation>%1は1行のみです。テキストに改行が含まれています。</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>• the submission record (no field changed)</source>
        <translation>• 送信履歴 (項目の変更なし)</translation>
    </message>
    <message>
        <source>Your edits to “%1” cannot be put aside in case the editor stops: %2 Save the draft to keep them.</source>
        <translation>「%1」の編集内容を、エディターが停止した場合に備えて退避できません: %2 保持するには下書きを保存してください。</translation>
    </message>
    <message>
        <source>The editor stopped while “%1” had unsaved changes (last kept at %2). Restore them?

Changed since it was last saved:
%3</source>
        <translation>「%1」に未保存の変更がある状態でエディターが終了しました (最終保持: %2)。復元しますか?

前回の保存以降の変更:
%3</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>(from the previous answer)</source>
        <translation>(前回の応答より)</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1を複製</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1を移動</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 repeats %2 (same offer, revenue type and amount).</source>
        <translation>%1 は %2 と重複しています（オファー、売上タイプ、金額が同じ）。</translation>
    </message>
    <message>
        <source>%1 repeats the e-mail address of %2.</source>
        <translation>%1 のメールアドレスが %2 と重複しています。</translation>
    </message>
    <message>
        <source>%1 %2 is ignored while the status is %3, a lead stage.</source>
        <translation>ステータスがリード段階の %3 である間、%1 %2 は無視されます。</translation>
    </message>
    <message>
        <source>With status %3, %1 should be %3 (the system sets it), not %2.</source>
        <translation>ステータスが %3 の場合、%1 は %2 ではなく %3 になるはずです（システムが設定します）。</translation>
    </message>
    <message>
        <source>%1 %2 is set by the system for status WON or LOST only; with status %3 choose UPSIDE, COMMIT, SAFE or LONGSHOT.</source>
        <translation>%1 %2 はステータスが WON または LOST の場合にのみシステムが設定します。ステータス %3 では UPSIDE、COMMIT、SAFE、LONGSHOT のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>The status is %2 but %1 names no reason; the server will record %3.</source>
        <translation>ステータスは %2 ですが、%1 に理由がありません。サーバーは %3 を記録します。</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 は%2ではなくテキストでなければなりません。</translation>
    </message>
    <message>
        <source>%1 still holds &quot;%2&quot;, a placeholder left from the API examples; enter the real value.</source>
        <translation>%1 には API の例の仮の値「%2」が残っています。実際の値を入力してください。</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 は%2ではなくリストでなければなりません。</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address: &quot;%2&quot;.</source>
        <translation>%1 はメールアドレスの形式ではありません:「%2」。</translation>
    </message>
    <message>
        <source>%1 does not look like a web address: &quot;%2&quot;.</source>
        <translation>%1 は Web アドレスの形式ではありません:「%2」。</translation>
    </message>
    <message>
        <source>%1 must have exactly 9 digits (D&amp;B number), not &quot;%2&quot;.</source>
        <translation>%1 は「%2」ではなく、ちょうど 9 桁（D&amp;B 番号）でなければなりません。</translation>
    </message>
    <message numerus="yes">
        <source>the %n values of the API</source>
        <translation>
            <numerusform>API の %n 個の値</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 は「%2」（API の例の仮の値）ではなく、%3 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (values are upper case, without spaces).</source>
        <translation>%1 は「%2」ではなく、%3 のいずれかでなければなりません（値は大文字で、空白を含みません）。</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot;.</source>
        <translation>%1 は「%2」ではなく、%3 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts are normally positive.</source>
        <translation>%1 が負の値です（%2）。金額は通常、正の値です。</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 は%2ではなく数値でなければなりません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 は「%2」（API の例の仮の値）ではなく、数値でなければなりません。</translation>
    </message>
    <message>
        <source>%1 must be a number, not the text &quot;%2&quot; (remove the quotes).</source>
        <translation>%1 はテキスト「%2」ではなく数値でなければなりません（引用符を外してください）。</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 は「%2」ではなく数値でなければなりません。</translation>
    </message>
    <message>
        <source>%1 must be a whole percentage such as 15, not %2.</source>
        <translation>%1 は %2 ではなく、15 のような整数のパーセンテージでなければなりません。</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not %2.</source>
        <translation>%1 は %2 ではなく、0～100 のパーセンテージでなければなりません。</translation>
    </message>
    <message>
        <source>%1 must be a three-letter ISO 4217 code such as EUR, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 は「%2」（API の例の仮の値）ではなく、EUR のような 3 文字の ISO 4217 コードでなければなりません。</translation>
    </message>
    <message>
        <source>%1 must be a three-letter upper-case ISO 4217 code such as EUR, not &quot;%2&quot;.</source>
        <translation>%1 は「%2」ではなく、EUR のような大文字 3 文字の ISO 4217 コードでなければなりません。</translation>
    </message>
    <message>
        <source>%1 is more precise than a millisecond (&quot;%2&quot;); the API keeps milliseconds, and the export sends %3.</source>
        <translation>%1 はミリ秒より細かい値です（「%2」）。API はミリ秒までを保持するため、エクスポートでは %3 を送信します。</translation>
    </message>
    <message>
        <source>%1 is a date without a time (&quot;%2&quot;); the export sends it as %3.</source>
        <translation>%1 は時刻のない日付です（「%2」）。エクスポートでは %3 として送信します。</translation>
    </message>
    <message>
        <source>%1 is not in UTC (&quot;%2&quot;); the export converts it to UTC.</source>
        <translation>%1 は UTC ではありません（「%2」）。エクスポート時に UTC に変換します。</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot; (a placeholder left from the API examples); the API answers 406 ERR805.</source>
        <translation>%1 は「%2」（API の例の仮の値）ではなく、2025-06-01T18:46:51.326Z のような UTC の ISO 8601 日時でなければなりません。API は 406 ERR805 を返します。</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot;; the API answers 406 ERR805.</source>
        <translation>%1 は「%2」ではなく、2025-06-01T18:46:51.326Z のような UTC の ISO 8601 日時でなければなりません。API は 406 ERR805 を返します。</translation>
    </message>
    <message>
        <source>%1 must be a 3DS identifier such as XJSR-DZMFFT, not &quot;%2&quot;; an update would go to a lead that does not exist.</source>
        <translation>%1 は「%2」ではなく、XJSR-DZMFFT のような 3DS 識別子でなければなりません。このままでは存在しないリードを更新することになります。</translation>
    </message>
    <message>
        <source>The member name of %1</source>
        <translation>%1 のメンバー名</translation>
    </message>
    <message>
        <source>%1 holds a NUL character (U+0000) at position %2, which the API cannot take.</source>
        <translation>%1 の %2 文字目に、API が受け付けない NUL 文字（U+0000）があります。</translation>
    </message>
    <message>
        <source>%1 holds half of a surrogate pair (U+%2) at position %3, which is not a Unicode character.</source>
        <translation>%1 の %3 文字目に、Unicode 文字ではないサロゲートペアの片割れ（U+%2）があります。</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no country prefix; for %3 it starts with %4.</source>
        <translation>%1「%2」に国コードの接頭辞がありません。%3 の場合は %4 で始まります。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not start with %4, the prefix for %3.</source>
        <translation>%1「%2」が %3 の接頭辞 %4 で始まっていません。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the format of a VAT number from %3.</source>
        <translation>%1「%2」は %3 の VAT 番号の形式ではありません。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1: at least one is required.</source>
        <translation>%1: 少なくとも 1 件必要です。</translation>
    </message>
    <message>
        <source>%1: at least one is required, with %2.</source>
        <translation>%1: %2 を含めて少なくとも 1 件が必要です。</translation>
    </message>
    <message>
        <source>%1 is required: %2.</source>
        <translation>%1 は必須です: %2。</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 は%2ではなくオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field the API knows; it is kept in the draft but not sent.</source>
        <translation>「%1」は API が認識しない項目です。下書きには残りますが、送信はされません。</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1、項目 %2</translation>
    </message>
</context>
<context>
    <name>leadopp</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for the options.
</source>
        <translation>%1: %2
オプションは &apos;%1 --help&apos; で確認できます。
</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>引数 FILE がありません</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>引数が多すぎます</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: 警告: %2
</translation>
    </message>
    <message>
        <source>%1: no problems found.
</source>
        <translation>%1: 問題は見つかりませんでした。
</translation>
    </message>
    <message>
        <source>%1: %2, %3.
</source>
        <translation>%1: %2、%3。
</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>HTTP ステータス不明</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>トレースID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>エラー %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を読み込めません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; a response is read up to %2 MB.</source>
        <translation>&apos;%1&apos; は大きすぎます。応答は %2 MB まで読み込みます。</translation>
    </message>
    <message>
        <source>Resolve paths against this draft (default: the record a 400 response echoes).</source>
        <translation>この下書きを基にパスを解決します（既定: 400 応答が返すレコード）。</translation>
    </message>
    <message>
        <source>The HTTP status of the response (default: info.statusCode).</source>
        <translation>応答の HTTP ステータス（既定: info.statusCode）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Maps an error response onto the fields of the draft it rejected.
Exit status: 0 the response was read, 2 unreadable input or usage error.</source>
        <translation>エラー応答を、拒否された下書きの項目に対応付けます。
終了ステータス: 0 応答を読み込んだ、2 入力を読めないか使い方の誤り。</translation>
    </message>
    <message>
        <source>The response body file.</source>
        <translation>応答本文のファイル。</translation>
    </message>
    <message>
        <source>--status needs an HTTP status code</source>
        <translation>--status には HTTP ステータスコードが必要です</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: 「%2」に書き込めません: %3
</translation>
    </message>
    <message>
        <source>--create and --id exclude each other.</source>
        <translation>--create と --id は同時に指定できません。</translation>
    </message>
    <message>
        <source>The file to export.</source>
        <translation>エクスポートするファイル。</translation>
    </message>
    <message>
        <source>Write the body to OUT instead of stdout.</source>
        <translation>本文を stdout ではなく OUT に書き出します。</translation>
    </message>
    <message>
        <source>Write the create (POST) body.</source>
        <translation>作成用（POST）の本文を書き出します。</translation>
    </message>
    <message>
        <source>Write the update (PATCH) body for this 3DS id.</source>
        <translation>この 3DS ID 用の更新（PATCH）本文を書き出します。</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy.</source>
        <translation>サーバーのコピーからの変更分だけでなく、レコード全体を送信します。</translation>
    </message>
    <message>
        <source>Writes exactly the request body the API would receive (PATCH when the draft has a 3DS id, POST otherwise). A PATCH sends the partner opportunity id and what differs from the server copy the draft is based on.
Findings go to stderr. Exit status: 0 written, 1 written but the draft has errors, 2 unreadable input, output or usage error.</source>
        <translation>API が受け取るリクエスト本文をそのまま書き出します（下書きに 3DS ID があれば PATCH、なければ POST）。PATCH はパートナー商談IDと、下書きの元になったサーバーのコピーとの差分を送信します。
指摘は stderr に出力します。終了ステータス: 0 書き出した、1 書き出したが下書きにエラーがある、2 入力を読めない、出力エラーまたは使い方の誤り。</translation>
    </message>
    <message>
        <source>check a draft against the API rules</source>
        <translation>下書きを API のルールで検査する</translation>
    </message>
    <message>
        <source>write the request body the API would receive</source>
        <translation>API が受け取るリクエスト本文を書き出す</translation>
    </message>
    <message>
        <source>list what a draft changes against its server copy</source>
        <translation>下書きがサーバーのコピーから変更した内容を一覧表示する</translation>
    </message>
    <message>
        <source>map an error response onto the draft&apos;s fields</source>
        <translation>エラー応答を下書きの項目に対応付ける</translation>
    </message>
    <message>
        <source>send a draft to an environment</source>
        <translation>下書きを環境に送信する</translation>
    </message>
    <message>
        <source>fetch a lead by its 3DS id as a draft</source>
        <translation>3DS ID でリードを取得して下書きにする</translation>
    </message>
    <message>
        <source>list leads by modification window or partner id</source>
        <translation>更新期間またはパートナーIDでリードを一覧表示する</translation>
    </message>
    <message>
        <source>serve the partner API sandbox on loopback</source>
        <translation>パートナー API のサンドボックスをループバックで提供する</translation>
    </message>
    <message>
        <source>Usage: leadopp &lt;command&gt; [options]

Commands:
</source>
        <translation>使い方: leadopp &lt;コマンド&gt; [オプション]

コマンド:
</translation>
    </message>
    <message>
        <source>
Run &apos;leadopp &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>
各コマンドのオプションは &apos;leadopp &lt;コマンド&gt; --help&apos; で確認できます。
</translation>
    </message>
    <message>
        <source>leadopp: unknown command &apos;%1&apos;

</source>
        <translation>leadopp: 不明なコマンド &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>leadopp: the network commands cannot be loaded: %1
</source>
        <translation>leadopp: ネットワークコマンドを読み込めません: %1
</translation>
    </message>
    <message>
        <source>Checks a draft, request body or rejected response against the API rules.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input or usage error.</source>
        <translation>下書き、リクエスト本文、または拒否応答を API のルールに照らして検査します。
終了ステータス: 0 エラーなし（警告は可）、1 エラーあり、2 入力を読めないか使い方の誤り。</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>検査するファイル。</translation>
    </message>
    <message>
        <source>Check against the create (POST) rules.</source>
        <translation>作成（POST）のルールで検査します。</translation>
    </message>
    <message>
        <source>Check against the update (PATCH) rules, as an update of this 3DS id.</source>
        <translation>更新（PATCH）の規則で確認します。この 3DS ID の更新として扱います。</translation>
    </message>
    <message>
        <source>Print the findings as one JSON object.</source>
        <translation>指摘を 1 つの JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <source>%1: unknown environment &apos;%2&apos;.
</source>
        <translation>%1: 不明な環境 &apos;%2&apos;。
</translation>
    </message>
    <message>
        <source>%1: the sandbox could not listen on loopback.
</source>
        <translation>%1: サンドボックスがループバックで待ち受けできませんでした。
</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 ms...
</source>
        <translation>%2 ミリ秒後に再試行します（%1 回目）...
</translation>
    </message>
</context>
<context>
    <name>leadopp diff</name>
    <message>
        <source>Lists, field by field, what the draft changes against the server copy it is based on (old → new): what a partial update sends. A change the update cannot carry (a cleared date, an emptied section) is marked as not sent: the server keeps its value.
Exit status: 0 no changes, 1 changes listed, 2 unreadable input or usage error.</source>
        <translation>下書きが元のサーバーのコピーから変更した内容を項目ごとに一覧表示します（旧 → 新）。部分更新で送信される内容です。更新で送れない変更（消去した日付、空にしたセクション）は未送信と示されます。サーバーはその値を保持します。
終了ステータス: 0 変更なし、1 変更を一覧表示した、2 入力を読めないか使い方の誤り。</translation>
    </message>
    <message>
        <source>The draft to compare.</source>
        <translation>比較する下書き。</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>変更を JSON で出力します。</translation>
    </message>
    <message>
        <source>%1: the file has no server copy; every value it holds is new.
</source>
        <translation>%1: ファイルにサーバーのコピーがありません。すべての値が新規です。
</translation>
    </message>
</context>
<context>
    <name>leadopp get</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>トレースID: %1
</translation>
    </message>
    <message>
        <source>%1: the answer holds no lead record: %2
</source>
        <translation>%1: 応答にリードのレコードがありません: %2
</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: 「%2」に書き込めません: %3
</translation>
    </message>
    <message>
        <source>Fetches a lead by its 3DS id and writes it as a draft based on the server copy.
Exit status: 0 written, 2 usage, output or setup error (no API key), 3 network or server failure (an unknown id included).</source>
        <translation>3DS ID でリードを取得し、サーバーのコピーを元にした下書きとして書き出します。
終了ステータス: 0 書き出した、2 使い方・出力・設定の誤り（APIキーなし）、3 ネットワークまたはサーバーの障害（不明な ID を含む）。</translation>
    </message>
    <message>
        <source>The 3DS id, e.g. XJSR-DZMFFT.</source>
        <translation>3DS ID（例: XJSR-DZMFFT）。</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>環境ID（sandbox、ppt、qal、ptd、ppd、prd）またはベース URL。</translation>
    </message>
    <message>
        <source>Write the draft to FILE instead of stdout.</source>
        <translation>下書きを stdout ではなく FILE に書き出します。</translation>
    </message>
    <message>
        <source>%1: --env is required.
</source>
        <translation>%1: --env は必須です。
</translation>
    </message>
</context>
<context>
    <name>leadopp sandbox</name>
    <message>
        <source>Serves the partner API&apos;s leads-opportunities operations on 127.0.0.1.</source>
        <translation>パートナー API の leads-opportunities 操作を 127.0.0.1 で提供します。</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>待ち受けるポート（0: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>Directory that keeps the leads between runs.</source>
        <translation>実行をまたいでリードを保持するディレクトリ。</translation>
    </message>
    <message>
        <source>Field errors of a 400: %1.</source>
        <translation>400 応答の項目エラー: %1。</translation>
    </message>
    <message>
        <source>Inject a fault into the next COUNT answers (or &apos;all&apos;): %1.</source>
        <translation>次の COUNT 件（または &apos;all&apos;）の応答に障害を注入します: %1。</translation>
    </message>
    <message>
        <source>Delay of the &apos;delay&apos; fault in milliseconds.</source>
        <translation>&apos;delay&apos; 障害の遅延（ミリ秒）。</translation>
    </message>
    <message>
        <source>Retry-After seconds of the &apos;retry-after&apos; fault.</source>
        <translation>&apos;retry-after&apos; 障害の Retry-After 秒数。</translation>
    </message>
    <message>
        <source>unknown error style &apos;%1&apos;</source>
        <translation>不明なエラー形式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault-delay and --retry-after take a number</source>
        <translation>--fault-delay と --retry-after には数値が必要です</translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos;</source>
        <translation>不明な障害 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port には 0 から 65535 までの数値が必要です</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>127.0.0.1:%1 で待ち受けできません</translation>
    </message>
    <message>
        <source>leadopp sandbox: cannot watch for signals; stop with kill -9
</source>
        <translation>leadopp sandbox: シグナルを監視できません。kill -9 で停止してください
</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
</source>
        <translation>サンドボックスは %1 で待ち受けています
</translation>
    </message>
    <message>
        <source>Leads: %1
</source>
        <translation>リード: %1
</translation>
    </message>
    <message>
        <source>Sandbox stopped.
</source>
        <translation>サンドボックスを停止しました。
</translation>
    </message>
</context>
<context>
    <name>leadopp search</name>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>環境ID（sandbox、ppt、qal、ptd、ppd、prd）またはベース URL。</translation>
    </message>
    <message>
        <source>give either --modified-since or --partner-id.</source>
        <translation>--modified-since または --partner-id のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>dates must be ISO 8601 dates or date-times (2025-08-04, 2025-08-04T08:00:00Z).</source>
        <translation>日付は ISO 8601 の日付または日時で指定してください（2025-08-04、2025-08-04T08:00:00Z）。</translation>
    </message>
    <message>
        <source>--until lies before --modified-since.</source>
        <translation>--until が --modified-since より前です。</translation>
    </message>
    <message>
        <source>Leads modified from DATE on (UTC).</source>
        <translation>DATE 以降に更新されたリード（UTC）。</translation>
    </message>
    <message>
        <source>... up to DATE (a date: to its end, the day included; default: now).</source>
        <translation>... DATE まで（日付の場合はその日の終わりまで含む。既定: 現在）。</translation>
    </message>
    <message>
        <source>Leads with this partner opportunity id (repeatable).</source>
        <translation>このパートナー商談IDを持つリード（複数指定可）。</translation>
    </message>
    <message>
        <source>Print {&quot;ids&quot;: [...], &quot;searches&quot;: N} as JSON.</source>
        <translation>{&quot;ids&quot;: [...], &quot;searches&quot;: N} を JSON で出力します。</translation>
    </message>
    <message>
        <source>Lists the 3DS ids of the leads modified in a window (longer than seven days: one search per seven days) or carrying a partner opportunity id.
Exit status: 0 searched (found or not), 2 usage or setup error, 3 network or server failure.</source>
        <translation>期間内に更新されたリード（7 日を超える場合は 7 日ごとに 1 回検索）、またはパートナー商談IDを持つリードの 3DS ID を一覧表示します。
終了ステータス: 0 検索した（見つかったかどうかを問わない）、2 使い方または設定の誤り、3 ネットワークまたはサーバーの障害。</translation>
    </message>
    <message>
        <source>--env is required.</source>
        <translation>--env は必須です。</translation>
    </message>
</context>
<context>
    <name>leadopp submit</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>トレースID: %1
</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>環境ID（sandbox、ppt、qal、ptd、ppd、prd）またはベース URL。</translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation>HTTP ステータス: %1
</translation>
    </message>
    <message>
        <source>3DS id: %1
</source>
        <translation>3DS ID: %1
</translation>
    </message>
    <message>
        <source>Not sent, an update cannot clear them (the server keeps its values):
</source>
        <translation>未送信です。更新では消去できません（サーバーは値を保持します）:
</translation>
    </message>
    <message>
        <source>leadopp submit: could not record the attempt in %1: %2
</source>
        <translation>leadopp submit: 試行を %1 に記録できませんでした: %2
</translation>
    </message>
    <message>
        <source>leadopp submit: --record needs a draft file (save the file as a draft first).
</source>
        <translation>leadopp submit: --record には下書きファイルが必要です（先にファイルを下書きとして保存してください）。
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.
Exit status: 0 accepted, 1 rejected (fields named or not), 2 unreadable input, usage or setup (no API key), 3 network or server failure.</source>
        <translation>下書きまたはリクエスト本文をパートナー API に送信します。
終了ステータス: 0 受け付けられた、1 拒否された（項目の指摘の有無を問わない）、2 入力を読めない、使い方または設定の誤り（APIキーなし）、3 ネットワークまたはサーバーの障害。</translation>
    </message>
    <message>
        <source>Draft, request body, 400 response or GET response.</source>
        <translation>下書き、リクエスト本文、400 応答、または GET 応答。</translation>
    </message>
    <message>
        <source>3DS id to update (default: the file&apos;s dsLeadOpportunityId).</source>
        <translation>更新する 3DS ID（既定: ファイルの dsLeadOpportunityId）。</translation>
    </message>
    <message>
        <source>Create (POST) even when the file has a 3DS id.</source>
        <translation>ファイルに 3DS ID があっても作成（POST）します。</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy the draft is based on.</source>
        <translation>下書きの元になったサーバーのコピーからの変更分だけでなく、レコード全体を送信します。</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Append the attempt (never the key) to FILE, which must be a draft.</source>
        <translation>試行内容（キーは含めない）を FILE に追記します。FILE は下書きでなければなりません。</translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds.</source>
        <translation>転送のタイムアウト（ミリ秒）。</translation>
    </message>
    <message>
        <source>Overall deadline of one request in milliseconds (default 60000).</source>
        <translation>1 件のリクエスト全体の制限時間（ミリ秒、既定 60000）。</translation>
    </message>
    <message>
        <source>leadopp submit: give one FILE and --env; --create and --id exclude each other.
</source>
        <translation>leadopp submit: FILE を 1 つと --env を指定してください。--create と --id は同時に指定できません。
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.</source>
        <translation>下書きまたはリクエスト本文をパートナー API に送信します。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ChoiceFilter</name>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>一覧を絞り込む</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>チェックなし。</translation>
    </message>
    <message>
        <source>Ticked (%1): %2</source>
        <translation>チェック済み (%1): %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD or %1 (UTC)</source>
        <translation>YYYY-MM-DD または %1（UTC）</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>日付を選択（Alt+↓）</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>日付をクリア</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateTimeEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>日付をクリア</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DocumentView</name>
    <message>
        <source>Untitled %1</source>
        <translation>無題 %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1</source>
        <translation>
            <numerusform>エラー %n 件、%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer lines</source>
        <translation>オファー明細</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>顧客法人</translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation>顧客担当者</translation>
    </message>
    <message>
        <source>Partner contacts</source>
        <translation>パートナー担当者</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商談</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::EnvironmentCombo</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1（本番）</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1（カスタム）</translation>
    </message>
    <message>
        <source>Where submissions go</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Add custom URL…</source>
        <translation>カスタム URL を追加…</translation>
    </message>
    <message>
        <source>Add custom URL</source>
        <translation>カスタム URL を追加</translation>
    </message>
    <message>
        <source>Base URL of the partner API (https://host[:port]):</source>
        <translation>パートナー API のベース URL（https://host[:port]）:</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>「%1」は使用できる http または https のベース URL ではありません。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorDock</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problem %1 of %2</source>
        <translation>問題 %1 / %2</translation>
    </message>
    <message>
        <source>This problem is addressed</source>
        <translation>この問題は対応済みです</translation>
    </message>
    <message>
        <source>This problem is solved</source>
        <translation>この問題は解決しました</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>対応済み %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8 to step through</source>
        <translation>F8 / Shift+F8 で順に移動</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorListModel</name>
    <message>
        <source>%1 (addressed)</source>
        <translation>%1（対応済み）</translation>
    </message>
    <message>
        <source>The server wrote the path as “%1”.</source>
        <translation>サーバーはパスを「%1」と記述しました。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FindLeadsDialog</name>
    <message>
        <source>Find Leads</source>
        <translation>リードを検索</translation>
    </message>
    <message>
        <source>A search answers 3DS ids only: the partner opportunity id, status and modification time are fetched for the selected lead alone.</source>
        <translation>検索で返されるのは 3DS ID だけです。パートナー商談 ID、ステータス、更新日時は、選択したリードについてのみ取得します。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Modified in:</source>
        <translation>更新期間(&amp;M):</translation>
    </message>
    <message>
        <source>Modified in</source>
        <translation>更新期間</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>A custom window</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>開始(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Partner opportunity id:</source>
        <translation>パートナー商談 ID(&amp;P):</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>パートナー商談ID</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel Searc&amp;h</source>
        <translation>検索を中止(&amp;H)</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>見つかったリード</translation>
    </message>
    <message>
        <source>The details could not be fetched: %1</source>
        <translation>詳細を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>期間の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id to search for.</source>
        <translation>検索するパートナー商談 ID を入力してください。</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 を検索しています…</translation>
    </message>
    <message>
        <source>Search %1 of %2…</source>
        <translation>検索しています（%2 回中 %1 回目）…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) found</source>
        <translation>
            <numerusform>%n 件のリードが見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled after search %2 of %3.</source>
        <translation>%1。%3 回中 %2 回目の検索の後に中止しました。</translation>
    </message>
    <message>
        <source>Search %1 of %2 failed: %3</source>
        <translation>%2 回中 %1 回目の検索に失敗しました: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n search(es).</source>
        <translation>
            <numerusform>%1（検索 %n 回）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 を取得しています…</translation>
    </message>
    <message>
        <source>%1 is open in a new tab.</source>
        <translation>%1 を新しいタブで開きました。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FormBinder</name>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryDialog</name>
    <message>
        <source>Submission history</source>
        <translation>送信履歴</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryModel</name>
    <message>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>トレースID</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LanguageChooser</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Applies when the editor is started again.</source>
        <translation>エディターの次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadFetch</name>
    <message>
        <source>The answer for %1 holds no lead record: %2</source>
        <translation>%1 の応答にリードのレコードがありません: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadListModel</name>
    <message>
        <source>Not fetched: select the lead to fetch its details</source>
        <translation>未取得: リードを選択すると詳細を取得します</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>3DS ID</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>パートナー商談ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1[*] — Lead Opportunity Editor</source>
        <translation>%1[*] — Lead Opportunity Editor</translation>
    </message>
    <message>
        <source>Submission in progress</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>“%1” is being submitted and the server has not answered yet. Close it anyway? The submission is cancelled; if the server already received it, its answer will not be recorded in the draft.</source>
        <translation>「%1」は送信中で、サーバーはまだ応答していません。それでも閉じますか？送信は取り消されます。サーバーが既に受信していた場合、その応答は下書きに記録されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts have unsaved changes. Save them all before quitting? “No to All” discards every unsaved change.</source>
        <translation>
            <numerusform>%n 件の下書きに未保存の変更があります。終了する前にすべて保存しますか？「すべていいえ」を選ぶと、未保存の変更はすべて破棄されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Problems &amp;List</source>
        <translation>問題一覧(&amp;L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>下書きを新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab…</source>
        <translation>新しいタブで開く(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export PATCH Body (update)…</source>
        <translation>PATCH 本文をエクスポート（更新）(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;POST Body (create)…</source>
        <translation>POST 本文をエクスポート（作成）(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close Draft</source>
        <translation>下書きを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>前の問題(&amp;P)</translation>
    </message>
    <message>
        <source>Last &amp;Rejection Details…</source>
        <translation>直近の拒否の詳細(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Opened %1 from the server</source>
        <translation>%1 をサーバーから開きました</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>商談を開く</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>「%1」に未保存の変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>下書きを保存</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>エラーがあるままエクスポート</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>POST 本文をエクスポート</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>PATCH 本文をエクスポート</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>サーバーから開く</translation>
    </message>
    <message>
        <source>Fetches a lead from %1 and opens it as a new draft based on the server copy.</source>
        <translation>%1 からリードを取得し、サーバー側コピーを基にした新しい下書きとして開きます。</translation>
    </message>
    <message>
        <source>By &amp;3DS id</source>
        <translation>3DS ID で指定(&amp;3)</translation>
    </message>
    <message>
        <source>By &amp;partner opportunity id (searched)</source>
        <translation>パートナー商談 ID で指定（検索あり）(&amp;P)</translation>
    </message>
    <message>
        <source>Id of the lead</source>
        <translation>リードの ID</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Enter the 3DS id of the lead.</source>
        <translation>リードの 3DS ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id.</source>
        <translation>パートナー商談 ID を入力してください。</translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation>%2 から %1 を取得しています…</translation>
    </message>
    <message>
        <source>Searching %1 for partner opportunity id %2…</source>
        <translation>%1 でパートナー商談 ID %2 を検索しています…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>No lead in %1 has partner opportunity id %2.</source>
        <translation>%1 にパートナー商談 ID %2 のリードはありません。</translation>
    </message>
    <message>
        <source>%1 leads have partner opportunity id %2: %3. Enter the 3DS id of the one to open.</source>
        <translation>パートナー商談 ID %2 のリードが %1 件あります: %3。開くリードの 3DS ID を入力してください。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RecentFiles</name>
    <message>
        <source>Clear list</source>
        <translation>一覧をクリア</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RefreshDialog</name>
    <message>
        <source>Refresh from Server</source>
        <translation>サーバーから更新</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>選択を適用(&amp;A)</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>サーバーの値を採用</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の値を残す</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>開いた時点</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>現在のサーバー</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の値</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>%1 (changed on both sides)</source>
        <translation>%1（双方で変更あり）</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>開いた時点</translation>
    </message>
    <message>
        <source>server now</source>
        <translation>現在のサーバー</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>自分の値</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>%1 の選択</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択してください…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s value or yours for every field changed on both sides.</source>
        <translation>双方で変更された各項目について、サーバーの値か自分の値かを選択してください。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionBar</name>
    <message>
        <source>Copy trace id</source>
        <translation>トレースIDをコピー</translation>
    </message>
    <message>
        <source>Submission outcome</source>
        <translation>送信結果</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected by the server&lt;/b&gt; (HTTP %1)</source>
        <translation>&lt;b&gt;サーバーが拒否しました&lt;/b&gt;（HTTP %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported</source>
        <translation>
            <numerusform>エラー %n 件の報告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the previous answer</source>
        <translation>
            <numerusform>前回の応答から %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>対応済み %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>トレース %1</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionDialog</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP ステータス:</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>トレースID:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受信日時:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>直近の拒否</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>応答本文:</translation>
    </message>
    <message>
        <source>As &amp;received</source>
        <translation>受信したまま(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>整形済み(&amp;F)</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>変更の確認</translation>
    </message>
    <message>
        <source>Ch&amp;anges:</source>
        <translation>変更(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>リクエスト(&amp;R):</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(非表示)</translation>
    </message>
    <message>
        <source>This draft has no server copy to compare with, so no list of changes can be shown: the request carries everything the draft holds.</source>
        <translation>この下書きには比較するサーバー側のコピーがないため、変更の一覧は表示できません。リクエストには下書きの内容がすべて含まれます。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy of %1.</source>
        <translation>
            <numerusform>%n 個の項目が %1 時点のサーバー側コピーと異なります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy.</source>
        <translation>
            <numerusform>%n 個の項目がサーバー側コピーと異なります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</source>
        <translation>
            <numerusform>そのうち %n 個は送信できません。更新では消去できないため、サーバーはその値を保持します。</numerusform>
        </translation>
    </message>
    <message>
        <source>This creates a new lead opportunity.</source>
        <translation>新しい商談が作成されます。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Server copy</source>
        <translation>サーバー側コピー</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信内容</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paste %1 cells</source>
        <translation>%1 個のセルを貼り付け</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableWidget</name>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>行を複製</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>合計: &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The rows are shown sorted by %1. To move a row, click that header until its arrow goes: the rows are then shown in the record&apos;s order.</source>
        <translation>行は%1で並べ替えて表示されています。行を移動するには、その見出しを矢印が消えるまでクリックしてください。行がレコードの順序で表示されます。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerAccess</name>
    <message>
        <source>No environment is chosen.</source>
        <translation>環境が選択されていません。</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>内蔵サンドボックスが動作していません。</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 を取得できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerController</name>
    <message>
        <source>an unknown time</source>
        <translation>不明な日時</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>サーバーから開く(&amp;V)…</translation>
    </message>
    <message>
        <source>Fetch a lead by its 3DS id or partner opportunity id</source>
        <translation>3DS ID またはパートナー商談 ID でリードを取得します</translation>
    </message>
    <message>
        <source>&amp;Find Leads…</source>
        <translation>リードを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search leads by modification time or partner opportunity id</source>
        <translation>更新日時またはパートナー商談 ID でリードを検索します</translation>
    </message>
    <message>
        <source>Refres&amp;h from Server</source>
        <translation>サーバーから更新(&amp;H)</translation>
    </message>
    <message>
        <source>Compare the draft with the current server copy and take what changed there</source>
        <translation>下書きを現在のサーバー側コピーと比較し、サーバー側の変更を取り込みます</translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>サーバーから更新</translation>
    </message>
    <message>
        <source>The draft was closed before the server answered.</source>
        <translation>サーバーが応答する前に下書きが閉じられました。</translation>
    </message>
    <message>
        <source>The server copy has not changed since %1; the draft&apos;s base is now dated %2.</source>
        <translation>サーバー側コピーは %1 以降変更されていません。下書きの基準コピーの日時を %2 に更新しました。</translation>
    </message>
    <message>
        <source>%1 changed on the server since %2. Choose for each field whether to take the server&apos;s value or keep yours.</source>
        <translation>%1 は %2 以降にサーバーで変更されました。項目ごとに、サーバーの値を採用するか自分の値を残すかを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides and need a choice before applying.</source>
        <translation>
            <numerusform>%n 個の項目が双方で変更されているため、適用する前に選択が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled: the draft and its base are unchanged.</source>
        <translation>更新を取り消しました。下書きと基準コピーは変更されていません。</translation>
    </message>
    <message>
        <source>The draft was closed before the refresh was applied.</source>
        <translation>更新を適用する前に下書きが閉じられました。</translation>
    </message>
    <message>
        <source>The server copy changed only in what a draft does not send (its dates); the base is the server copy now. Undo takes the refresh back.</source>
        <translation>サーバー側コピーの変更は、下書きが送信しない項目（日付）だけでした。基準コピーはサーバー側コピーになりました。元に戻すと更新を取り消せます。</translation>
    </message>
    <message>
        <source>Refreshed from the server: %1, %2; the base is the server copy now. Undo takes the refresh back.</source>
        <translation>サーバーから更新しました（%1、%2）。基準コピーは現在のサーバー側コピーになりました。「元に戻す」で更新を取り消せます。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) taken from the server</source>
        <translation>
            <numerusform>サーバーの値を採用: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as in the draft</source>
        <translation>
            <numerusform>下書きのまま保持: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values could not be set; check the draft.</source>
        <translation>一部の値を設定できませんでした。下書きを確認してください。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerInfoGroup</name>
    <message>
        <source>Server information</source>
        <translation>サーバー情報</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>リクエストのタイムアウト:</translation>
    </message>
    <message>
        <source>Re&amp;view changes before sending</source>
        <translation>送信前に変更を確認する(&amp;V)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Offer a refresh when the server copy is older than:</source>
        <translation>サーバー側コピーがこれより古いときは更新を提案:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Type a new API key</source>
        <translation>新しいAPIキーを入力</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>APIキー:</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>URL を追加</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>環境を削除</translation>
    </message>
    <message>
        <source>Custom URL:</source>
        <translation>カスタム URL:</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>「%1」は使用できる http または https のベース URL ではありません。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>No system keychain answered: the key is kept for this session only</source>
        <translation>システムのキーチェーンが応答しません。キーはこのセッションの間だけ保持されます</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>キーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no key.</source>
        <translation>内蔵サンドボックスにキーは不要です。</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>キーを保存しています…</translation>
    </message>
    <message>
        <source>A key is stored for this environment.</source>
        <translation>この環境のキーは保存されています。</translation>
    </message>
    <message>
        <source>No key is stored for this environment.</source>
        <translation>この環境のキーは保存されていません。</translation>
    </message>
    <message>
        <source>The key could not be stored.</source>
        <translation>キーを保存できませんでした。</translation>
    </message>
    <message>
        <source>The key is set.</source>
        <translation>キーは設定済みです。</translation>
    </message>
    <message>
        <source>The key is stored.</source>
        <translation>キーを保存しました。</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>キーを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SubmitController</name>
    <message>
        <source>&amp;Submit</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>送信を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Submission &amp;History…</source>
        <translation>送信履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Last &amp;Rejection…</source>
        <translation>直近の拒否(&amp;R)…</translation>
    </message>
    <message>
        <source>API &amp;Keys and Settings…</source>
        <translation>APIキーと設定(&amp;K)…</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>内蔵サンドボックスが動作していません。</translation>
    </message>
    <message>
        <source>Submission not sent.</source>
        <translation>送信していません。</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>%1 に送信中…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) flagged by the server have not been changed since the rejection. Submit anyway?</source>
        <translation>
            <numerusform>サーバーが指摘した %n 件の項目が、拒否後に変更されていません。それでも送信しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit to production</source>
        <translation>本番環境に送信</translation>
    </message>
    <message>
        <source>This sends the record to %1 and changes the real lead opportunity at Dassault Systèmes. Continue?</source>
        <translation>レコードを %1 に送信し、Dassault Systèmes の実際の商談を変更します。続行しますか？</translation>
    </message>
    <message>
        <source>Submission not sent: the document was closed.</source>
        <translation>送信していません。ドキュメントが閉じられました。</translation>
    </message>
    <message>
        <source>Submission cancelled before anything was sent.</source>
        <translation>何も送信しないうちに送信を取り消しました。</translation>
    </message>
    <message>
        <source>Read-only here: another editor window edits this draft. Save it under a new name to submit it from this window.</source>
        <translation>ここでは読み取り専用です: 別のエディター ウィンドウがこの下書きを編集しています。このウィンドウから送信するには、別名で保存してください。</translation>
    </message>
    <message>
        <source>Send the record to the chosen environment</source>
        <translation>選択した環境にレコードを送信します</translation>
    </message>
    <message>
        <source>Not sent: changes made while sending (%1). Submit again to send them.</source>
        <translation>送信していません。送信中に変更がありました（%1）。変更を送るにはもう一度送信してください。</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>No API key is stored for %1, so nothing was sent.</source>
        <translation>%1 の API キーが保存されていないため、何も送信されませんでした。</translation>
    </message>
    <message>
        <source>%1 did not receive an API key (HTTP 401).</source>
        <translation>%1 は API キーを受け取りませんでした (HTTP 401)。</translation>
    </message>
    <message>
        <source>Enter it under %1.</source>
        <translation>%1 で入力してください。</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2 · 3DS id %3</source>
        <translation>%1 が %2 に受け付けました · 3DS ID %3</translation>
    </message>
    <message>
        <source>(%1; the request may have reached the server)</source>
        <translation>（%1。リクエストはサーバーに届いている可能性があります）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>変更を確認(&amp;V)…</translation>
    </message>
    <message>
        <source>Show the exact request and what it changes on the server</source>
        <translation>送信されるリクエストとサーバー上で変わる内容を表示します</translation>
    </message>
    <message>
        <source>Send the &amp;Whole Record</source>
        <translation>レコード全体を送信(&amp;W)</translation>
    </message>
    <message>
        <source>Send every field the draft holds instead of what changed against the server copy</source>
        <translation>サーバー側コピーとの差分ではなく、下書きのすべての項目を送信します</translation>
    </message>
    <message>
        <source>&amp;Refresh First</source>
        <translation>先に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>このまま送信(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>The server copy this draft is based on is %n minute(s) old; the lead may have changed on the server since. Refresh the draft from the server first?</source>
        <translation>
            <numerusform>この下書きの元になったサーバー側コピーは %n 分前のものです。その後サーバー上でリードが変更されている可能性があります。先にサーバーから下書きを更新しますか?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::TableCellCommands</name>
    <message>
        <source>The clipboard holds rows of %1 cells; from the current cell the table has %2 columns.</source>
        <translation>クリップボードの行には %1 個のセルがありますが、現在のセルから表の列は %2 列です。</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Sort by “%1”, ascending</source>
        <translation>「%1」で昇順に並べ替え</translation>
    </message>
    <message>
        <source>Sort by “%1”, descending</source>
        <translation>「%1」で降順に並べ替え</translation>
    </message>
    <message>
        <source>Show in record order</source>
        <translation>レコードの順序で表示</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::UpdateTargetPrompt</name>
    <message>
        <source>Its file name names the lead %1.</source>
        <translation>ファイル名がリード %1 を示しています。</translation>
    </message>
    <message>
        <source>Update or create</source>
        <translation>更新または作成</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id. Does it update an existing lead in %2, or create a new one?</source>
        <translation>このリクエスト本文にはパートナー商談ID %1 がありますが、3DS ID がありません。%2 の既存のリードを更新しますか、それとも新しく作成しますか?</translation>
    </message>
    <message>
        <source>&amp;Find and Update</source>
        <translation>検索して更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Create New</source>
        <translation>新規作成(&amp;C)</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running; the draft stays a new lead.</source>
        <translation>内蔵サンドボックスが動作していません。下書きは新しいリードのままです。</translation>
    </message>
    <message>
        <source>The search in %1 failed: %2 The draft stays a new lead.</source>
        <translation>%1 での検索に失敗しました: %2 下書きは新しいリードのままです。</translation>
    </message>
    <message>
        <source>%1 has no lead with the partner opportunity id %2; the draft stays a new lead.</source>
        <translation>%1 にはパートナー商談ID %2 のリードがありません。下書きは新しいリードのままです。</translation>
    </message>
    <message>
        <source>%1 has it as lead %2.</source>
        <translation>%1 ではリード %2 です。</translation>
    </message>
    <message>
        <source>Several leads have the partner opportunity id %1. Which one does this body update?</source>
        <translation>パートナー商談ID %1 のリードが複数あります。この本文で更新するのはどれですか?</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id.</source>
        <translation>このリクエスト本文にはパートナー商談ID %1 がありますが、3DS ID がありません。</translation>
    </message>
    <message>
        <source>Update lead %1, or create a new one?</source>
        <translation>リード %1 を更新しますか、それとも新しく作成しますか?</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>%1 を更新(&amp;U)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, validate and resubmit partner lead opportunities.</source>
        <translation>パートナーの商談を編集、検証、再送信します。</translation>
    </message>
    <message>
        <source>Colour scheme: %1.</source>
        <translation>配色: %1。</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Drafts, request bodies or responses to open.</source>
        <translation>開く下書き、リクエスト本文、または応答。</translation>
    </message>
    <message>
        <source>Unknown colour scheme: %1</source>
        <translation>不明な配色: %1</translation>
    </message>
</context>
</TS>
