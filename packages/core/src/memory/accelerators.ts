/*
 * Accelerators as data: memory, memory bandwidth and dense peak FLOP/s, each from the vendor page
 * named beside it. Peak figures are the dense ones: NVIDIA's sheets print the 2:4-sparsity figure
 * first (H100 SXM bf16 "1,979 TFLOPS*", footnote "with sparsity"), which is twice the dense rate a
 * model's matrix products can reach.
 *
 * How these were read: the stored copies of public pages available to the team hold few vendor
 * pages themselves, so several figures were read from copies or quotations of the vendor sheet;
 * `readVia` names the copy where it was not the vendor's page. No figure here is derived from a
 * third party's own measurement.
 *
 * Memory: vendors sell capacity in decimal gigabytes (80 GB). What the driver reports can differ;
 * where a published reading exists (nvidia-smi's "81559MiB" for an H100 80GB HBM3, CUDA's
 * deviceQuery "42405855232 bytes" for an A100 40GB) it is `reportedBytes`, and that is the memory
 * a server can allot from.
 */

export interface DenseFlops {
  /** bf16/fp16 matrix maths with fp32 accumulation, FLOP/s. */
  bf16: number;
  /** fp8 matrix maths, FLOP/s; null where the chip has none (A100) or the sheet gives none. */
  fp8: number | null;
}

export interface AcceleratorSource {
  title: string;
  url: string;
  /** Where the vendor figures were read when not on the vendor's page itself. */
  readVia?: string;
  /** The site of that copy, for a short citation: "glennklockwood.com". */
  viaSite?: string;
}

export interface Accelerator {
  id: string;
  /** The product as its maker names the part, the same in every language (what it is, such as unified memory, is said in each language's caveats). */
  name: string;
  /** Memory as sold, in decimal bytes: "80 GB" = 80e9. */
  advertisedBytes: number;
  /** Memory the driver reports, in bytes, where a published reading exists; null otherwise. */
  reportedBytes: number | null;
  /** Where the reported figure comes from. */
  reportedSource: string | null;
  /** Peak memory bandwidth, bytes per second (decimal: 3.35 TB/s = 3.35e12). */
  bandwidth: number;
  /** Dense peak FLOP/s; null where the vendor publishes no figure (Apple's GPUs). */
  denseFlops: DenseFlops | null;
  source: AcceleratorSource;
  /** What the reader should know about this entry, in plain words (English; the site's strings say it per language). */
  caveat?: 'unified-memory' | 'no-flops';
}

const MiB = 2 ** 20;
const NVIDIA_H100 = {
  title: 'NVIDIA H100 Tensor Core GPU datasheet (specifications table: SXM and PCIe)',
  url: 'https://www.nvidia.com/en-us/data-center/h100/',
  readVia:
    'the specifications table as reproduced by HPC Tech (archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html), whose footnote reads "Shown with sparsity. Specifications 1/2 lower without sparsity"',
  viaSite: 'hpctech.co.jp',
};

/** nvidia-smi's memory.total for an "NVIDIA H100 80GB HBM3", as printed in many public logs. */
const H100_80GB_REPORTED = 81_559 * MiB;

export const ACCELERATORS: readonly Accelerator[] = [
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM 80GB',
    advertisedBytes: 80e9,
    reportedBytes: H100_80GB_REPORTED,
    reportedSource: 'nvidia-smi: 81559MiB',
    bandwidth: 3.35e12,
    // Sheet: bf16 1,979 and fp8 3,958 TFLOPS with sparsity.
    denseFlops: { bf16: 989.5e12, fp8: 1979e12 },
    source: NVIDIA_H100,
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80GB',
    advertisedBytes: 80e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 2.0e12,
    // Sheet: bf16 1,513 and fp8 3,026 TFLOPS with sparsity; 2,000 GB/s (HBM2e).
    denseFlops: { bf16: 756.5e12, fp8: 1513e12 },
    source: NVIDIA_H100,
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM 141GB',
    advertisedBytes: 141e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 4.8e12,
    // The same Hopper compute as the H100 SXM: fp8 3,958 TFLOPS with sparsity on NVIDIA's sheet.
    denseFlops: { bf16: 989.5e12, fp8: 1979e12 },
    source: {
      title: 'NVIDIA H200 Tensor Core GPU (specifications)',
      url: 'https://www.nvidia.com/en-us/data-center/h200/',
      readVia: 'its table as quoted beside the H100 SXM (141 GB HBM3e, 4.8 TB/s, FP8 3,958 TFLOPS with sparsity)',
      viaSite: 'lzwjava.github.io',
    },
  },
  {
    id: 'b200',
    name: 'NVIDIA HGX B200 1000W',
    advertisedBytes: 180e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 8e12,
    denseFlops: { bf16: 2250e12, fp8: 4500e12 },
    source: {
      title: 'NVIDIA HGX B200 (per GPU: 180 GB HBM3e in the 8-GPU HGX system, 8 TB/s; dense FP8 4.5 PFLOPS, BF16 2.25 PFLOPS at 1000 W)',
      url: 'https://www.nvidia.com/en-us/data-center/hgx/',
      readVia:
        'the HGX B200 FLOP/s table reproduced at glennklockwood.com/garden/processors/B200 (which gives the B200 package 192 GB of HBM), and Vultr’s HGX B200 overview (docs.vultr.com), which lists 179 GB per GPU as nvidia-smi shows it and 8.0 TB/s',
      viaSite: 'glennklockwood.com, docs.vultr.com',
    },
  },
  {
    id: 'a100-40gb',
    name: 'NVIDIA A100 40GB',
    advertisedBytes: 40e9,
    reportedBytes: 42_405_855_232,
    reportedSource: 'CUDA deviceQuery: 40441 MBytes (42405855232 bytes)',
    bandwidth: 1.555e12,
    denseFlops: { bf16: 312e12, fp8: null },
    source: {
      title: 'NVIDIA A100 Tensor Core GPU datasheet',
      url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
      readVia: 'its table as reproduced at glennklockwood.com/garden/processors/A100',
      viaSite: 'glennklockwood.com',
    },
  },
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 80GB SXM',
    advertisedBytes: 80e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 2.039e12,
    denseFlops: { bf16: 312e12, fp8: null },
    source: {
      title: 'NVIDIA A100 Tensor Core GPU datasheet',
      url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
      readVia: 'its table as reproduced at glennklockwood.com/garden/processors/A100',
      viaSite: 'glennklockwood.com',
    },
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S 48GB',
    advertisedBytes: 48e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 864e9,
    // Sheet: BF16 362.05 | 733* and FP8 733 | 1,466* TFLOPS (* with sparsity).
    denseFlops: { bf16: 362.05e12, fp8: 733e12 },
    source: {
      title: 'NVIDIA L40S datasheet',
      url: 'https://www.nvidia.com/en-us/data-center/l40s/',
      readVia: 'the datasheet table as reproduced by a reseller (mullet.se, product 355414)',
      viaSite: 'mullet.se',
    },
  },
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090 24GB',
    advertisedBytes: 24e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 1008e9,
    // GeForce tensor cores run bf16 with fp32 accumulation at half the fp16-accumulate rate.
    denseFlops: { bf16: 165.2e12, fp8: 330.3e12 },
    source: {
      title: 'NVIDIA Ada GPU Architecture whitepaper (RTX 4090: 1,008 GB/s; peak BF16 tensor 165.2 TFLOPS, FP8 330.3, FP32 accumulate, dense)',
      url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
      readVia: 'the whitepaper figures as tabulated at waredb.com/processor/nvidia-geforce-rtx-4090',
      viaSite: 'waredb.com',
    },
  },
  {
    id: 'rtx-5090',
    name: 'NVIDIA GeForce RTX 5090 32GB',
    advertisedBytes: 32e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 1792e9,
    // The copies read give only sparse fp16 figures with fp16 accumulation; no dense bf16 figure is stated here.
    denseFlops: null,
    source: {
      title: 'NVIDIA GeForce RTX 5090 specifications (32 GB GDDR7, 512-bit, 1,792 GB/s)',
      url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/',
      readVia: 'the specification list quoted in TechPowerUp’s and Linux Format’s reviews',
      viaSite: 'techpowerup.com',
    },
    caveat: 'no-flops',
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X 192GB',
    advertisedBytes: 192e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 5.3e12,
    denseFlops: { bf16: 1307.4e12, fp8: 2614.9e12 },
    source: {
      title: 'AMD Instinct MI300X accelerator (specifications: 192 GB HBM3, 5.3 TB/s; peak FP16/BF16 1307.4 TFLOPS, FP8 2614.9 TFLOPS, dense)',
      url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
      readVia: 'figures quoted from AMD’s page (about 1.3 PFLOPS FP16, 2.6 PFLOPS FP8, 5.3 TB/s)',
      viaSite: 'jaredwatkins.com',
    },
  },
  {
    id: 'm4-max',
    name: 'Apple M4 Max 128GB',
    advertisedBytes: 128e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 546e9,
    denseFlops: null,
    source: {
      title: 'Apple Newsroom, “Apple introduces M4 Pro and M4 Max” (up to 128 GB unified memory, 546 GB/s)',
      url: 'https://www.apple.com/newsroom/2024/10/apple-introduces-m4-pro-and-m4-max/',
      readVia: 'MacRumors’ report of the announcement',
      viaSite: 'macrumors.com',
    },
    caveat: 'unified-memory',
  },
  {
    id: 'm4-pro',
    name: 'Apple M4 Pro 64GB',
    advertisedBytes: 64e9,
    reportedBytes: null,
    reportedSource: null,
    bandwidth: 273e9,
    denseFlops: null,
    source: {
      title: 'Apple Newsroom, “Apple introduces M4 Pro and M4 Max” (M4 Pro: up to 64 GB, 273 GB/s)',
      url: 'https://www.apple.com/newsroom/2024/10/apple-introduces-m4-pro-and-m4-max/',
      readVia: 'reports of the announcement (macmegasite.com, gamebastion.com)',
      viaSite: 'macmegasite.com',
    },
    caveat: 'unified-memory',
  },
];

export function acceleratorById(id: string): Accelerator | undefined {
  return ACCELERATORS.find((a) => a.id === id);
}

/** The memory a server can allot from: what the driver reports where known, else the advertised figure. */
export function usableCapacityBytes(accelerator: Accelerator): number {
  return accelerator.reportedBytes ?? accelerator.advertisedBytes;
}
