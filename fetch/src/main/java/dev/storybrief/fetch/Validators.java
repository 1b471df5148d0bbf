package dev.storybrief.fetch;

/**
 * What a server said identifies a version of a resource, sent back on the next request so an unchanged resource
 * costs one {@code 304 Not Modified}.
 *
 * @param etag         the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Validators(String etag, String lastModified) {
    /** No validators: an unconditional request. */
    public static final Validators NONE = new Validators(null, null);

    /** True when there is nothing to send. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
