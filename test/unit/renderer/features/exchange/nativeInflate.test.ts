/**
 * The app's native inflater. Node's DecompressionStream stands in for Chromium's here;
 * the two differ only on data after the end of the stream (Chromium refuses it), which
 * FORMAT.md describes.
 */
import { nativeInflate } from '../../../../../renderer/features/exchange/import/nativeInflate';
import { describeInflaterParity } from '../../../shared/bundle/inflaterParity';

describeInflaterParity('nativeInflate', nativeInflate);
