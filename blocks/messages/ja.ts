// Japanese texts of the blocks, one locale in one file as Blockly's own blockly/msg/ja is: a host that does not
// import it does not ship it (`codeless-blocks/locales/ja`, or `messages.ja` from the front door). Typed
// `Messages`, so a key missing here or one that no block uses fails the build. Words follow Blockly's Japanese
// blocks (「表示」「実行」「… に … をセット」), and a placeholder may move where Japanese word order puts it;
// Backendless' names (Users, user-token, objectId, CloudCode) stay as its (English-only) documentation writes them,
// so they can be looked up there.
import type { Messages } from '../library.ts';

/** The Japanese texts of every block and of the Users category, keyed by `Blockly.Msg` key. */
export const ja: Messages = {
  CODELESS_USERS_CATEGORY: 'ユーザー',

  // blocks/login.ts
  CODELESS_USERS_LOGIN: 'ユーザーをログイン %1 ログインID %2 パスワード %3 ログイン状態を保持 %4',
  CODELESS_USERS_LOGIN_STATEMENT: 'ユーザーをログイン（結果なし） %1 ログインID %2 パスワード %3 ログイン状態を保持 %4',
  CODELESS_USERS_LOGIN_TOOLTIP:
    'ログインID（既定ではメールアドレス）とパスワードでユーザーをログインさせ、そのユーザーを返します。' +
    '「ログイン状態を保持」にするとページを再読み込みしてもセッションが残ります。',

  // blocks/get_user_token.ts
  CODELESS_USERS_GET_USER_TOKEN: '現在のユーザーのトークン',
  CODELESS_USERS_GET_USER_TOKEN_TOOLTIP:
    '現在のセッションのユーザートークン（user-token）。だれもログインしていなければ null です。',

  // blocks/logout.ts
  CODELESS_USERS_LOGOUT: '現在のユーザーをログアウト',
  CODELESS_USERS_LOGOUT_TOOLTIP:
    'サーバー上の現在のセッションを終了し、ここでも破棄します。そのトークンは使えなくなります。',

  // blocks/is_valid_login.ts
  CODELESS_USERS_IS_VALID_LOGIN: 'ログインが有効か',
  CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
    'サーバーが現在のユーザートークンをまだ受け付けるかどうか（トークンがなければ問い合わせずに false）。',

  // blocks/get_current_user.ts
  CODELESS_USERS_GET_CURRENT_USER: '現在のユーザー %1 再読み込み %2',
  CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
    'ログイン中のユーザー、または null。「再読み込み」ならサーバーから取得します（セッション終了後は 3064）。',

  // blocks/set_current_user.ts
  CODELESS_USERS_SET_CURRENT_USER: '現在のユーザーを設定 %1 ユーザー %2 ログイン状態を保持 %3',
  CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
    '「user-token」を持つユーザーオブジェクト（「ユーザーをログイン」の結果など）を、サーバーに問い合わせずに' +
    '現在のセッションにします。',

  // blocks/set_user_token.ts
  CODELESS_USERS_SET_USER_TOKEN: '現在のユーザーのトークンを設定 %1 トークン %2',
  CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
    '現在のセッションのユーザートークンを置き換えます（SDK と同じく、だれもログインしていなければ何もしません）。',

  // blocks/register.ts
  CODELESS_USERS_REGISTER: 'ユーザーを登録 %1 ユーザー %2',
  CODELESS_USERS_REGISTER_STATEMENT: 'ユーザーを登録（結果なし） %1 ユーザー %2',
  CODELESS_USERS_REGISTER_TOOLTIP:
    'アカウントを作成し（少なくともメールアドレスとパスワード）、ログインはせずに新しいユーザーを返します。' +
    'ゲストの objectId を渡すと、そのゲストが正規ユーザーになります。',

  // blocks/new_user.ts
  CODELESS_USERS_NEW_USER: '新しいユーザー %1 メールアドレス %2 パスワード %3 名前 %4',
  CODELESS_USERS_NEW_USER_TOOLTIP:
    'ユーザープロパティのオブジェクト（「ユーザーを登録」用など）。空の入力は含まれません。' +
    'ほかのプロパティは「プロパティをセット」で追加します。',

  // blocks/get_property.ts
  CODELESS_USERS_GET_PROPERTY: 'ユーザー %2 のプロパティ %1',
  CODELESS_USERS_GET_PROPERTY_TOOLTIP:
    'ユーザーオブジェクトのプロパティの値（「name」「email」「objectId」「user-token」など）。',

  // blocks/set_property.ts
  CODELESS_USERS_SET_PROPERTY: 'ユーザー %2 のプロパティ %1 に %3 をセット',
  CODELESS_USERS_SET_PROPERTY_TOOLTIP:
    'ユーザーオブジェクトのプロパティを設定します（手元だけ。送信するのは「ユーザーを登録」です）。',

  // blocks/try_catch.ts
  CODELESS_USERS_TRY: '試行 %1',
  CODELESS_USERS_CATCH: 'エラー時 %1 %2',
  CODELESS_USERS_CATCH_VARIABLE: 'エラー',
  CODELESS_USERS_TRY_CATCH_TOOLTIP:
    '「試行」のブロックが失敗すると、エラーを変数に入れて「エラー時」のブロックを実行します（例: コード 3003）。',

  // blocks/get_error.ts
  CODELESS_USERS_GET_ERROR: 'エラー %2 の %1',
  CODELESS_USERS_ERROR_CODE: 'コード',
  CODELESS_USERS_ERROR_MESSAGE: 'メッセージ',
  CODELESS_USERS_GET_ERROR_TOOLTIP:
    'エラーの Backendless コード（例: 3003。サーバーからのエラーでなければ null）またはメッセージ。',

  // blocks/login_as_guest.ts
  CODELESS_USERS_LOGIN_AS_GUEST: 'ゲストとしてログイン %1 ログイン状態を保持 %2',
  CODELESS_USERS_LOGIN_AS_GUEST_STATEMENT: 'ゲストとしてログイン（結果なし） %1 ログイン状態を保持 %2',
  CODELESS_USERS_LOGIN_AS_GUEST_TOOLTIP:
    '新しいゲストアカウント（userStatus GUEST）でログインし、ゲストユーザーを返します。その objectId で' +
    '「ユーザーを登録」すると正規ユーザーになります。',

  // blocks/restore_password.ts
  CODELESS_USERS_RESTORE_PASSWORD: 'パスワードを再設定 %1 ログインID %2',
  CODELESS_USERS_RESTORE_PASSWORD_TOOLTIP:
    '新しいパスワードを設定する方法をユーザーにメールで送ります。3020: そのログインID のユーザーはいません。',

  // blocks/get_user_roles.ts
  CODELESS_USERS_GET_USER_ROLES: 'ユーザーのロール',
  CODELESS_USERS_GET_USER_ROLES_TOOLTIP:
    '現在のユーザーのロール（だれもログインしていなければ NotAuthenticatedUser）。',

  // blocks/update_user.ts
  CODELESS_USERS_UPDATE_USER: 'ユーザーを更新 %1 ユーザー %2',
  CODELESS_USERS_UPDATE_USER_STATEMENT: 'ユーザーを更新（結果なし） %1 ユーザー %2',
  CODELESS_USERS_UPDATE_USER_TOOLTIP:
    'ログイン中のユーザーの変更したプロパティを保存し、更新後のユーザーを返します。3029: 別のユーザーです。',

  // blocks/resend_email_confirmation.ts
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION: '確認メールを再送信 %1 ログインID %2',
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION_TOOLTIP: '確認リンクの付いたメールをもう一度送ります。3102: 確認済みです。',

  // blocks/create_confirmation_url.ts
  CODELESS_USERS_CREATE_CONFIRMATION_URL: '確認用 URL を作成 %1 ログインID %2',
  CODELESS_USERS_CREATE_CONFIRMATION_URL_TOOLTIP: 'メールアドレスを確認するリンク（テキスト）。',

  // blocks/verify_password.ts
  CODELESS_USERS_VERIFY_PASSWORD: 'パスワードを検証 %1 パスワード %2',
  CODELESS_USERS_VERIFY_PASSWORD_TOOLTIP:
    'CloudCode（サーバーキー。クライアントキーでは 3122）: ログイン中のユーザーのパスワードかどうか。',

  // blocks/find_users_by_role.ts
  CODELESS_USERS_FIND_USERS_BY_ROLE: 'ロールでユーザーを検索 %1 ロール %2 ロールを読み込む %3',
  CODELESS_USERS_FIND_USERS_BY_ROLE_TOOLTIP:
    'そのロールを持つユーザーのリスト（読み込んだ場合はそれぞれのロール付き）。',

  // blocks/describe_user_class.ts
  CODELESS_USERS_DESCRIBE_USER_CLASS: 'ユーザークラスの構造',
  CODELESS_USERS_DESCRIBE_USER_CLASS_TOOLTIP: 'Users テーブルの列のリスト: 名前、型、必須、ログインID。',

  // blocks/login_by_object_id.ts
  CODELESS_USERS_LOGIN_BY_OBJECT_ID: 'objectId でログイン %1 objectId %2 ログイン状態を保持 %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_STATEMENT: 'objectId でログイン（結果なし） %1 objectId %2 ログイン状態を保持 %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_TOOLTIP:
    'CloudCode（サーバーキー。クライアントキーでは 2014）: パスワードなしでユーザーをログインさせます。',

  // blocks/assign_role.ts
  CODELESS_USERS_ASSIGN_ROLE: 'ロールを割り当て %1 ログインID %2 ロール %3',
  CODELESS_USERS_ASSIGN_ROLE_TOOLTIP:
    'CloudCode（サーバーキー。クライアントキーでは 2011）: ユーザーにロールを与えます。',

  // blocks/unassign_role.ts
  CODELESS_USERS_UNASSIGN_ROLE: 'ロールの割り当てを解除 %1 ログインID %2 ロール %3',
  CODELESS_USERS_UNASSIGN_ROLE_TOOLTIP:
    'CloudCode（サーバーキー。クライアントキーでは 2011）: ユーザーからロールを外します。',

  // blocks/enable_user.ts
  CODELESS_USERS_ENABLE_USER: 'ユーザーを有効化 %1 id %2',
  CODELESS_USERS_ENABLE_USER_TOOLTIP:
    'CloudCode（サーバーキー。クライアントキーでは 3054）: ユーザーは再びログインできます。',

  // blocks/disable_user.ts
  CODELESS_USERS_DISABLE_USER: 'ユーザーを無効化 %1 id %2',
  CODELESS_USERS_DISABLE_USER_TOOLTIP:
    'CloudCode（サーバーキー。クライアントキーでは 3054）: 以後のログインは 3090 で失敗します。',

  // blocks/get_authorization_url.ts
  CODELESS_USERS_GET_AUTHORIZATION_URL: '認可 URL を取得 %1 プロバイダー %2 スコープ %3 ログイン後のリダイレクト先 %4',
  CODELESS_USERS_GET_AUTHORIZATION_URL_TOOLTIP: 'このアプリ用のプロバイダーのサインインページ（テキスト）。',

  // blocks/login_with_oauth2.ts
  CODELESS_USERS_LOGIN_WITH_OAUTH2:
    'OAuth2 でログイン %1 プロバイダー %2 アクセストークン %3 ゲストユーザー %4 ログイン状態を保持 %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_STATEMENT:
    'OAuth2 でログイン（結果なし） %1 プロバイダー %2 アクセストークン %3 ゲストユーザー %4 ログイン状態を保持 %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_TOOLTIP: 'プロバイダーのアクセストークンでログインし、ユーザーを返します。',

  // blocks/try_catch_codes.ts
  CODELESS_USERS_TRY_CATCH_CODES: '試行 %1 エラー時 %2 コード %3 %4',
  CODELESS_USERS_TRY_CATCH_CODES_TOOLTIP:
    'これらのコードのエラー（例: 3003）のときだけ「エラー時」のブロックを実行します。ほかのエラーはそのまま伝わります。',

  // blocks/throw_error.ts
  CODELESS_USERS_THROW_ERROR: 'エラーを発生させる %1 コード %2 メッセージ %3',
  CODELESS_USERS_THROW_ERROR_TOOLTIP: '独自のエラーで停止します。「試行」はサーバーのエラーと同じように受け止めます。',

  // Server logic: blocks/library.ts (category, warnings) and the Server logic blocks
  CODELESS_SERVER_LOGIC_CATEGORY: 'サーバーロジック',
  CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER: 'このブロックはイベントハンドラー（サーバーロジック）の中でのみ動作します。',
  CODELESS_SERVER_LOGIC_WRONG_HANDLER:
    'このブロックはこのイベントハンドラーでは値を持ちません。どのハンドラーで使えるかはツールチップを参照してください。',
  CODELESS_USERS_EVENT_HANDLER: 'イベントハンドラー %1 %2 %3',
  CODELESS_USERS_EVENT_HANDLER_BEFORE: 'before（前）',
  CODELESS_USERS_EVENT_HANDLER_AFTER: 'after（後）',
  CODELESS_USERS_EVENT_HANDLER_SYNC: 'チェーン内で実行',
  CODELESS_USERS_EVENT_HANDLER_ASYNC: '待たずに実行',
  CODELESS_USERS_EVENT_HANDLER_TOOLTIP:
    'Users サービスの呼び出しに対するサーバーロジック：「before」はリクエストを変更したり「エラーを発生させる」で拒否したりでき、「after」は結果を変更できます。「待たずに実行」：呼び出しはハンドラーを待たず、ハンドラーは何も変更できません。',
  CODELESS_USERS_REQUEST_USER: 'Request User',
  CODELESS_USERS_REQUEST_USER_TOOLTIP:
    '呼び出し（Register、Update）が送るユーザーオブジェクト。呼び出しの前にプロパティを読み書きできます。',
  CODELESS_USERS_REQUEST_LOGIN: 'Request Login',
  CODELESS_USERS_REQUEST_LOGIN_TOOLTIP: 'Login の呼び出しが送るログインID（例：メールアドレス）。',
  CODELESS_USERS_REQUEST_PASSWORD: 'Request Password',
  CODELESS_USERS_REQUEST_PASSWORD_TOOLTIP: 'Login の呼び出しが送るパスワード。',
  CODELESS_USERS_REQUEST_EMAIL: 'Request Email',
  CODELESS_USERS_REQUEST_EMAIL_TOOLTIP: 'Restore Password の呼び出しが送るログインID。',
  CODELESS_USERS_SET_REQUEST_ARGUMENT: 'Request %1 に %2 をセット',
  CODELESS_USERS_SET_REQUEST_ARGUMENT_TOOLTIP:
    'before ハンドラーの中で：呼び出しはクライアントが送った値の代わりにこの値で続行します。',
  CODELESS_USERS_RESPONSE_USER: 'Response User',
  CODELESS_USERS_RESPONSE_USER_TOOLTIP:
    'Register、Login、Update の後：クライアントが受け取るユーザー。プロパティをセットすると受け取る内容が変わります。',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES: 'Response UserProperties',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES_TOOLTIP: 'Describe の後：クライアントが受け取る Users テーブルの列のリスト。',
  CODELESS_USERS_SET_RESPONSE_RESULT: 'Response Result に %1 をセット',
  CODELESS_USERS_SET_RESPONSE_RESULT_TOOLTIP:
    'Register、Login、Update、Describe の after ハンドラーの中で：クライアントは結果の代わりにこれを受け取ります。',
  CODELESS_USERS_CONTEXT_USER_ID: 'Context User ID',
  CODELESS_USERS_CONTEXT_USER_ID_TOOLTIP:
    '呼び出しを行ったログイン中のユーザーの objectId。誰もログインしていないときは空です。',
  CODELESS_USERS_CONTEXT_USER_ROLES: 'Context User Roles',
  CODELESS_USERS_CONTEXT_USER_ROLES_TOOLTIP: '呼び出しを行ったユーザーのロール名（例：AuthenticatedUser）。',
};
