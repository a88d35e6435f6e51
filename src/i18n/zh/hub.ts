import type { HubWords } from '../../calculators/hub-model';

/*
 * 模型字段的中文文案（参数计数器、推理显存计算器和检查点计数器共用）：src/calculators/hub-model.ts。
 */

export const modelFieldStrings = {
  label: 'Hugging Face 上的模型',
  hint: '填 org/name、org/name@revision 或模型页地址。只有按回车、点“读取”或打开写有模型的链接时才访问 huggingface.co；不要令牌，也不要账号。',
};

export const modelFieldWords = { noun: '模型', example: 'Qwen/Qwen3-30B-A3B' };

export const modelErrors = {
  'model-other-site': '只读取 huggingface.co（或 hf.co）上的模型，不会请求其他网站。请写成 org/name，例如 Qwen/Qwen3-30B-A3B。',
  'model-not-a-model': '这是 Hugging Face 的地址，但不是模型页（而是数据集、Space 或站内页面）。请粘贴模型页的地址，或写成 org/name。',
  'model-no-organisation': '请连同组织名一起写，和模型页上一致：org/name，例如 openai-community/gpt2。',
  'model-malformed': '这不是模型 ID。请写成 org/name（如 Qwen/Qwen3-30B-A3B）、org/name@revision，或粘贴模型在 huggingface.co 上的地址。',
};

export const hubOutputs = {
  status: 'Hub 读取状态',
  total: '检查点中存储的参数（据文件头精确统计）',
  compare: '文件头、配置与名称的对照',
};

export const hubWords: HubWords = {
  idle: '尚未读取模型。',
  loading: {
    config: '{repo}：正在读取 config.json……',
    files: '{repo}：正在查找权重文件……',
    headers: '{repo}：正在读取文件头，第 {done} 个，共 {total} 个……',
  },
  done: '已读取 {repo}：{requests} 次请求，下载 {bytes}。',
  errors: {
    'not-found': 'Hub 上没有名为 {repo} 的公开模型。请对照模型页检查拼写（org/name）；私有仓库也会得到同样的回应，本站不读取。',
    'revision-not-found': '{repo} 没有名为“{revision}”的分支、标签或提交。去掉 @ 及其后的部分即可读取 main。',
    gated: '{repo} 是受限模型：发布者要求每位读者先在模型页上同意其使用条款，而本站从不索要、发送或保存令牌。请在模型页上同意条款后，把它的 config.json 粘贴到下方，或在检查点计数器里选取已下载的文件。',
    'rate-limited': 'Hub 正在限制来自你所在网络的请求，请 {seconds} 秒后再试。',
    network: '无法连接 Hub：可能处于离线状态，或者网络过滤器、浏览器扩展拦截了 huggingface.co。可以改为把模型的 config.json 粘贴到下方。',
    aborted: '已停止，不再发出请求。按回车可重新读取。',
    'bad-response': 'Hub 的回应不是本读取器预期的格式。请稍后再试，或把 config.json 粘贴到下方。',
    'load-failed': 'Hub 读取器未能加载（打开页面后网络断开了）。请刷新页面后重试。',
  },
  rateLimitedNoTime: 'Hub 正在限制来自你所在网络的请求，请几分钟后再试。',
  noCheckpoint: '{repo} 没有 safetensors 或 GGUF 文件，只有 {files}：这类文件不整个下载就读不到文件头，所以这里只给出按配置计算的参数量。',
  ggufChoose: '{repo} 只有 GGUF 文件，而且不止一个：请粘贴要读取的那个文件在 huggingface.co 上的页面地址。文件：{files}。',
  noConfig: '{repo} 没有 config.json（GGUF 仓库常常没有）：这里按配置算出的参数量来自输入框中的配置，而不是这个模型。',
  headerTotal: '{full}（{short}），共 {files}',
  files: { one: '{n} 个文件', other: '{n} 个文件' },
  name: '名称写的是 {total}：这是发布者取整后的说法，不是计数。',
  nameActive: '名称写的是 {total}，激活 {active}：这是发布者取整后的说法，不是计数。',
  same: '按配置计算为 {config}，与文件头一致。',
  more: '文件头比按配置计算的 {config} 多 {difference}：{parts}。',
  fewer: '文件头比按配置计算的 {config} 少 {difference}：{parts}。',
  parts: {
    mtp: '{n} 属于多 token 预测（MTP）层，transformers 不构建这些层',
    quantization: '{n} 是与权重一起存储的量化缩放因子和零点',
    buffers: '{n} 是随权重保存的缓冲区，并非参数',
    headStoredTwice: '{n} 是与嵌入表绑定、却又单独存了一份的输出头',
    unexplained: '{n} 无法归类',
  },
  tiedOnce: '输出头与嵌入表绑定，只存一份，两种计数都只算一次。',
  packed: '文件头里是打包后的量化权重，每个元素装着多个权重，因此其元素数不等于权重数；按配置计算为 {config}。',
  dtype: '{dtype}：{params} 个参数，{bytes}',
  bits: '每个权重 {bits} 比特',
  unreadable: '{files} 的文件头无法读取：格式有误，或超出了该格式允许的大小，与检查点计数器对本地同一文件的判断一致。',
  noConfigCount: '配置无法计数，因此只给出文件头的计数。',
};
