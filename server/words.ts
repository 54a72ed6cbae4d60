// 256 short, distinct English words: one word carries one byte of a pairing code.

/** The pairing-code word list (index = byte value). */
export const WORDS: readonly string[] = [
  'acid', 'acorn', 'actor', 'adobe', 'agent', 'alarm', 'album', 'alpha', 'amber', 'angle', 'ankle', 'apple',
  'apron', 'arena', 'arrow', 'aspen', 'atlas', 'attic', 'audio', 'award', 'bacon', 'badge', 'bagel', 'baker',
  'bamboo', 'banjo', 'barn', 'basil', 'basin', 'beach', 'beard', 'berry', 'bison', 'blade', 'blank', 'blaze',
  'bloom', 'board', 'boat', 'bonus', 'book', 'boot', 'brass', 'bread', 'brick', 'bride', 'brook', 'brush',
  'bucket', 'buddy', 'bugle', 'cabin', 'cable', 'cactus', 'camel', 'candy', 'canoe', 'canvas', 'cargo',
  'carpet', 'castle', 'cedar', 'chalk', 'charm', 'cheese', 'cherry', 'chess', 'chief', 'chimney', 'cider',
  'cinema', 'circle', 'citrus', 'clay', 'cliff', 'clock', 'cloud', 'clover', 'coach', 'cobra', 'cocoa',
  'comet', 'coral', 'cotton', 'cousin', 'crane', 'crayon', 'creek', 'crown', 'cube', 'curry', 'daisy',
  'dance', 'delta', 'denim', 'desk', 'diary', 'dingo', 'dolphin', 'donkey', 'dragon', 'drum', 'eagle',
  'earth', 'easel', 'echo', 'elbow', 'elder', 'ember', 'engine', 'fable', 'falcon', 'fern', 'ferry',
  'fiddle', 'field', 'flame', 'flute', 'forest', 'fossil', 'fox', 'frost', 'fudge', 'gable', 'garden',
  'garlic', 'gecko', 'geyser', 'ginger', 'glacier', 'globe', 'goose', 'grape', 'gravel', 'guitar', 'hammer',
  'harbor', 'harp', 'hazel', 'helmet', 'heron', 'hiker', 'honey', 'hornet', 'husky', 'igloo', 'index',
  'iris', 'island', 'ivory', 'jacket', 'jaguar', 'jelly', 'jewel', 'jungle', 'kayak', 'kettle', 'kiwi',
  'koala', 'ladder', 'lagoon', 'lemon', 'lentil', 'lilac', 'linen', 'lizard', 'llama', 'lobster', 'locket',
  'lotus', 'lunar', 'magnet', 'mango', 'maple', 'marble', 'meadow', 'melon', 'mint', 'mirror', 'mitten',
  'molar', 'moose', 'mosaic', 'motor', 'muffin', 'mural', 'nectar', 'needle', 'nest', 'noble', 'nutmeg',
  'oasis', 'ocean', 'olive', 'onion', 'opal', 'orbit', 'orchid', 'otter', 'oyster', 'paddle', 'panda',
  'papaya', 'parrot', 'peach', 'pebble', 'pepper', 'piano', 'pickle', 'pilot', 'pine', 'planet', 'plum',
  'pocket', 'polar', 'pony', 'poppy', 'prism', 'pumpkin', 'puzzle', 'quail', 'quartz', 'quilt', 'rabbit',
  'radar', 'radish', 'raven', 'reef', 'ribbon', 'river', 'robin', 'rocket', 'rose', 'ruby', 'saddle',
  'salmon', 'sandal', 'satin', 'scarf', 'shadow', 'shell', 'silver', 'sketch', 'sled', 'slope', 'snail',
  'sonnet', 'spark', 'spider', 'spruce', 'squid', 'stamp', 'star', 'storm', 'sugar', 'summit',
];
