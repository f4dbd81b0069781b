// Our own word lists for synthetic papers: the field's vocabulary (visual RL for large models),
// written for this generator, not copied from any paper or list.

/** `top heading > sub-heading`; the top headings match the pillars' section patterns. */
export const SECTIONS = [
  'Multi-Modal Large Language Models with RL > Conventional RL-based Frameworks',
  'Multi-Modal Large Language Models with RL > Image Reasoning',
  'Multi-Modal Large Language Models with RL > Video Reasoning',
  'Multi-Modal Large Language Models with RL > Spatial and 3D Perception',
  'Visual Generation with RL > Image Generation',
  'Visual Generation with RL > Video Generation',
  'Visual Generation with RL > Image Editing',
  'Visual Generation with RL > 3D Generation',
  'RL for Unified Models > Unified Understanding and Generation',
  'Vision Language Action Models with RL > Robot Manipulation',
  'Vision Language Action Models with RL > GUI Agents',
  'Vision Language Action Models with RL > Navigation',
  'Benchmarks and Datasets > Reasoning Benchmarks',
  'Others > Surveys and Position Papers',
];

export const TITLE_PATTERNS = [
  '{name}: Incentivizing Visual Reasoning in Multimodal Models with {algorithm}',
  '{name}: Reinforcing Video Understanding through {reward}',
  '{name}: Aligning Text-to-Image Diffusion Models with {reward}',
  '{name}: Online {algorithm} for Flow Matching Image Generation',
  '{name}: Scaling Reinforcement Learning for Vision-Language-Action Policies',
  'Towards Robust Spatial Reasoning with {algorithm}: The {name} Recipe',
  '{name}: Rethinking Reward Design for Visual Generation on {benchmark}',
  'Beyond Imitation: {name} Learns GUI Agents with {algorithm}',
  '{name}: Group Rollouts and Verifiable Rewards for Chart Understanding',
  'Does {algorithm} Help Multimodal Reasoning? Evidence from {name}',
  '{name}: Unified Understanding and Generation with Preference Optimization',
  '{name}: Step-Level Credit Assignment for Video Generation',
  '{name}-R1: Perception Before Reasoning with {reward}',
  '{name}: Curriculum Reinforcement Learning for Embodied Navigation',
];

export const ABSTRACT_SENTENCES = [
  'Reinforcement learning has become a key step in post-training large multimodal models.',
  'We study how {algorithm} transfers from language models to vision-language models.',
  'Our method optimizes the policy with {algorithm} using {reward} as the training signal.',
  'Existing approaches rely on supervised fine-tuning, which limits generalization to unseen tasks.',
  'We introduce a reward model trained on human preference pairs for image quality and alignment.',
  'Experiments on {benchmark} show consistent gains over strong baselines.',
  'The resulting model improves accuracy on {benchmark} while keeping the response length stable.',
  'We find that rule-based verifiable rewards reduce reward hacking compared with learned critics.',
  'A group of sampled rollouts provides the baseline, removing the need for a value network.',
  'For diffusion and flow matching generators we formulate denoising as a multi-step decision process.',
  'We further propose a curriculum that schedules prompts by difficulty during online training.',
  'An MLLM judge scores each sample, and {reward} regularizes the policy against collapse.',
  'Ablations isolate the effect of the KL penalty, the clipping range and the group size.',
  'The agent perceives screenshots and acts through clicks and typing in a simulated environment.',
  'Code, data and checkpoints are released to support reproducible research.',
  'On embodied manipulation tasks the policy reaches higher success rates with fewer demonstrations.',
  'Evaluations on {benchmark} and {benchmark} confirm that the gains hold across model sizes.',
];

// prettier-ignore
export const FIRST_NAMES = [
  'Ana', 'Bo', 'Chen', 'Dario', 'Elif', 'Farah', 'Guo', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena',
  'Min', 'Nadia', 'Omar', 'Priya', 'Qiang', 'Rosa', 'Sven', 'Tao', 'Uma', 'Viktor', 'Wei', 'Xin',
  'Yara', 'Zhen', 'Ahmed', 'Beatriz', 'Chiara', 'Daniel', 'Emma', 'Felix', 'Hiro', 'Ines',
];

// prettier-ignore
export const LAST_SYLLABLES = [
  'ka', 'lo', 'mi', 'ran', 'tes', 'vo', 'zhi', 'an', 'bel', 'cor', 'da', 'fen', 'gu', 'hol',
  'ir', 'jun', 'kes', 'lin', 'mor', 'nu', 'os', 'pei', 'qu', 'ros', 'sun', 'tak', 'ul', 'var',
  'wen', 'xi', 'yo', 'zen',
];
